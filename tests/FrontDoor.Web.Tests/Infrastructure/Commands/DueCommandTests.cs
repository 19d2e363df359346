using System.Diagnostics;
using FrontDoor.Web.Infrastructure.Commands;

namespace FrontDoor.Web.Tests.Infrastructure.Commands;

/// <summary>
/// <c>due</c> as an administrator runs it: the first line is the date, exit 0; or a clear error and a non-zero exit.
/// Most cases run in-process through the same entry point the executable uses; two run the real executable.
/// </summary>
public sealed class DueCommandTests : HostTests
{
    public DueCommandTests()
        : base(DatabaseProvider.Sqlite)
    {
    }

    private async Task<(int Exit, string Output, string Error)> Due(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AdminCommands.Run(Host.Services, ["due", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("2026-11-20T16:30:00Z", 10, "england-and-wales", "2026-12-04")] // Friday afternoon
    [InlineData("2026-11-21T09:00:00Z", 10, "england-and-wales", "2026-12-04")] // Saturday: same as the Friday before
    [InlineData("2026-12-24T12:00:00Z", 2, "england-and-wales", "2026-12-30")] // Christmas, Boxing Day substitute on 28th
    [InlineData("2020-12-24T12:00:00Z", 1, "england-and-wales", "2020-12-29")] // 2020: Boxing Day substitute Monday 28th
    [InlineData("2022-12-23T12:00:00Z", 1, "england-and-wales", "2022-12-28")] // 2022: Christmas substitute Tuesday 27th
    [InlineData("2027-12-24T12:00:00Z", 1, "england-and-wales", "2027-12-29")] // 2027: both substitutes, 27th and 28th
    [InlineData("2022-09-16T12:00:00Z", 1, "england-and-wales", "2022-09-20")] // the State Funeral
    [InlineData("2023-05-05T12:00:00Z", 1, "england-and-wales", "2023-05-09")] // the Coronation
    [InlineData("2026-04-02T12:00:00+01:00", 1, "england-and-wales", "2026-04-07")] // Good Friday and Easter Monday
    [InlineData("2026-04-02T12:00:00+01:00", 1, "scotland", "2026-04-06")] // Easter Monday is a working day in Scotland
    [InlineData("2026-11-27T12:00:00Z", 1, "scotland", "2026-12-01")] // St Andrew's Day, Monday 30 November
    [InlineData("2027-01-01T12:00:00Z", 1, "scotland", "2027-01-05")] // 1 and 2 January (2nd a Saturday: substitute Monday 4th)
    [InlineData("2024-03-15T12:00:00Z", 1, "northern-ireland", "2024-03-19")] // St Patrick's Day substitute Monday 18th
    [InlineData("2026-07-10T12:00:00+01:00", 1, "northern-ireland", "2026-07-14")] // Battle of the Boyne substitute Monday 13th
    [InlineData("2026-11-22T23:59:59Z", 1, "england-and-wales", "2026-11-23")] // Sunday 23:59:59 GMT: still Sunday
    [InlineData("2026-06-21T23:30:00Z", 1, "england-and-wales", "2026-06-23")] // 00:30 BST Monday: day 0 is Monday
    [InlineData("2026-06-22T00:00:00+01:00", 1, "england-and-wales", "2026-06-23")] // midnight London in summer
    [InlineData("2024-02-28T12:00:00Z", 1, "england-and-wales", "2024-02-29")] // leap day
    [InlineData("2026-03-27T12:00:00Z", 1, "england-and-wales", "2026-03-30")] // across the spring clock change
    [InlineData("2026-10-23T12:00:00+01:00", 1, "england-and-wales", "2026-10-26")] // across the autumn clock change
    [InlineData("2026-11-20", 10, "england-and-wales", "2026-12-04")] // a date alone is that London date
    [InlineData("2026-11-20T16:30:00", 10, "england-and-wales", "2026-12-04")] // no offset: London wall-clock time
    public async Task Prints_the_due_date_on_the_first_line(string from, int days, string nation, string expected)
    {
        var (exit, output, error) = await Due("--from", from, "--working-days", days.ToString(System.Globalization.CultureInfo.InvariantCulture), "--nation", nation);

        Assert.True(exit == 0, error);
        Assert.Equal(expected, output.Split('\n')[0].Trim());
    }

    [Fact]
    public async Task Defaults_to_england_and_wales()
    {
        var (_, output, _) = await Due("--from", "2026-12-24T12:00:00Z", "--working-days", "2");

        Assert.StartsWith("2026-12-30", output);
    }

    [Fact]
    public async Task Refuses_to_count_past_the_last_year_the_calendar_knows()
    {
        var (exit, output, error) = await Due("--from", "2027-12-20T12:00:00Z", "--working-days", "20");

        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains("31 December 2027", error);
    }

    [Theory]
    [InlineData("--from", "yesterday", "--working-days", "5", "is not an ISO 8601 date")]
    [InlineData("--from", "2026-11-20T10:00:00Z", "--working-days", "-1", "whole number 0 or more")]
    [InlineData("--from", "2026-11-20T10:00:00Z", "--working-days", "ten", "whole number 0 or more")]
    [InlineData("--working-days", "5", "--nation", "scotland", "Give the start with --from")]
    [InlineData("--from", "2026-11-20T10:00:00Z", "--working-days", "5", "is not a nation")]
    public async Task Explains_bad_input_and_exits_non_zero(string a, string b, string c, string d, string message)
    {
        string[] args = message == "is not a nation" ? [a, b, c, d, "--nation", "wales"] : [a, b, c, d];

        var (exit, _, error) = await Due(args);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task The_real_executable_prints_the_date_and_exits_zero()
    {
        var (exit, output, _) = await RunExecutable("due", "--from", "2026-11-21T09:00:00Z", "--working-days", "10");

        Assert.Equal(0, exit);
        Assert.Equal("2026-12-04", output.Split('\n')[0].Trim());
    }

    [Fact]
    public async Task The_real_executable_exits_non_zero_past_the_calendar()
    {
        var (exit, output, error) = await RunExecutable("due", "--from", "2028-01-04T09:00:00Z", "--working-days", "1");

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("2028-", output);
        Assert.Contains("Load a newer bank-holidays file", error);
    }

    private static async Task<(int Exit, string Output, string Error)> RunExecutable(params string[] args)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Its own empty database, so the test never touches a developer's data folder.
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"due-{Guid.NewGuid():N}.db")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output, await error);
    }
}
