using FrontDoor.Web.Infrastructure.Commands;

namespace FrontDoor.Web.Tests.Infrastructure.Commands;

public abstract class HolidaysCommandTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : HolidaysCommandTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : HolidaysCommandTests(DatabaseProvider.Postgres);

    /// <summary>A GOV.UK-shaped file with only 2028 (as the live feed will hold once 2024 drops off).</summary>
    private const string File2028 = """
        { "england-and-wales": { "division": "england-and-wales", "events": [
            { "title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true },
            { "title": "Good Friday", "date": "2028-04-14", "notes": "", "bunting": false },
            { "title": "Easter Monday", "date": "2028-04-17", "notes": "", "bunting": true },
            { "title": "Christmas Day", "date": "2028-12-25", "notes": "", "bunting": true },
            { "title": "Boxing Day", "date": "2028-12-26", "notes": "", "bunting": true } ] } }
        """;

    private async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AdminCommands.Run(Host.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Loading_a_newer_file_lets_the_calendar_count_into_its_year_and_keeps_the_years_before()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, File2028);

        var loaded = await Run("holidays", "load", file);
        var into2028 = await Run("due", "--from", "2027-12-31T12:00:00Z", "--working-days", "1");
        var stillKnows2012 = await Run("due", "--from", "2012-12-24T12:00:00Z", "--working-days", "1");

        Assert.Equal(0, loaded.Exit);
        Assert.Contains("england-and-wales: 2012 to 2028", loaded.Output);
        Assert.StartsWith("2028-01-04", into2028.Output);
        Assert.StartsWith("2012-12-27", stillKnows2012.Output);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_and_the_calendar_is_unchanged()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{ "england-and-wales": { "events": [ { "date": "31/12/2028" } ] } }""");

        var loaded = await Run("holidays", "load", file);
        var after = await Run("due", "--from", "2027-12-31T12:00:00Z", "--working-days", "1");

        Assert.NotEqual(0, loaded.Exit);
        Assert.Contains("not a date in the form YYYY-MM-DD", loaded.Error);
        Assert.NotEqual(0, after.Exit);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (exit, _, error) = await Run("holidays", "load", "/no/such/file.json");

        Assert.Equal(2, exit);
        Assert.Contains("There is no file at /no/such/file.json", error);
    }
}
