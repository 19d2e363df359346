using FrontDoor.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Demo;

/// <summary>A year of demo history has what every later screen needs: breaches, reopenings, duplicates, every channel.</summary>
public abstract class SeedDemoCouncilTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : SeedDemoCouncilTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SeedDemoCouncilTests(DatabaseProvider.Postgres);

    protected override int HistoryRequests => 3000;

    private Task<List<ServiceRequest>> Requests() =>
        Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().ToListAsync());

    [Fact]
    public async Task The_demo_council_has_a_year_of_history_on_every_channel()
    {
        var requests = await Requests();

        Assert.Equal(3000, requests.Count);
        Assert.All(Channel.All, channel => Assert.Contains(requests, r => r.Channel == channel));
        Assert.True(requests.Min(r => r.CreatedUtc) < FrontDoorHost.DefaultNow.UtcDateTime.AddDays(-300));
    }

    [Fact]
    public async Task Some_were_late_some_reopened_some_duplicates_and_some_still_open()
    {
        var requests = await Requests();

        Assert.Contains(requests, r => r.ResolveClock.StoppedUtc is { } stopped && DateOnly.FromDateTime(stopped) > r.ResolveClock.DueDate);
        Assert.Contains(requests, r => r.ReopenCount > 0);
        Assert.Contains(requests, r => r.ClosureReason == ClosureReason.Duplicate && r.DuplicateOfId != null);
        Assert.Contains(requests, r => r.IsOpen);
        Assert.Contains(requests, r => r.IsAssisted);
    }

    [Fact]
    public async Task Seeding_again_adds_no_more_history()
    {
        await Host.InScope(sp => sp.GetRequiredService<FrontDoor.Web.Features.Demo.SeedDemoCouncil.Handler>().Seed());

        Assert.Equal(3000, (await Requests()).Count);
    }
}
