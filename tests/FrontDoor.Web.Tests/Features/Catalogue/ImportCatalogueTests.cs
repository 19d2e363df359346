using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Catalogue.Seed;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Catalogue;

public abstract class ImportCatalogueTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : ImportCatalogueTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ImportCatalogueTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Importing_the_demo_council_again_changes_nothing_and_duplicates_nothing()
    {
        var before = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceQuestion>().CountAsync());

        var again = await Host.InScope(sp => sp.GetRequiredService<ImportCatalogue.Handler>().Handle(ImportCatalogue.DemoCouncil()));

        Assert.True(again.Succeeded);
        Assert.Equal(before, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceQuestion>().CountAsync()));
        Assert.Equal(ImportCatalogue.DemoCouncil().Services.Count, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<Service>().CountAsync()));
    }

    [Fact]
    public async Task A_changed_timescale_is_updated_in_place()
    {
        var document = ImportCatalogue.DemoCouncil();
        var missedBin = document.Services.Single(s => s.Code == "missed-bin");
        var changed = document with
        {
            Services = document.Services.Select(s => s == missedBin
                ? s with { Timescales = [new TimescaleEntry("*", 1, 3, 1, null)] }
                : s).ToList(),
        };

        await Host.InScope(sp => sp.GetRequiredService<ImportCatalogue.Handler>().Handle(changed));

        var resolve = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceTimescale>().AsNoTracking()
            .Where(t => t.Channel == "*" && FrontDoorHost.Db(sp).Set<Service>().Any(s => s.Id == t.ServiceId && s.Code == "missed-bin"))
            .Select(t => t.ResolveWorkingDays).SingleAsync());
        Assert.Equal(3, resolve);
    }

    [Fact]
    public void A_file_naming_a_team_it_does_not_list_is_refused_whole()
    {
        var document = ImportCatalogue.DemoCouncil();
        var broken = document with { Services = [document.Services[0] with { Team = "no-such-team" }] };

        var result = ImportCatalogue.Validate(broken);

        Assert.Contains("no-such-team", result.Error!.Message);
    }

    [Fact]
    public void A_file_with_an_unknown_nation_is_refused()
    {
        var document = ImportCatalogue.DemoCouncil();

        var result = ImportCatalogue.Validate(document with { Council = document.Council with { Nation = "wales" } });

        Assert.Contains("england-and-wales, scotland or northern-ireland", result.Error!.Message);
    }

    [Fact]
    public void Malformed_json_is_refused_with_a_message()
    {
        Assert.Contains("not valid", ImportCatalogue.Parse("{ not json").Error!.Message);
    }
}
