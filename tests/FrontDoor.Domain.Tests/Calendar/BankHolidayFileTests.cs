using System.Globalization;
using FrontDoor.Domain.Calendar;

namespace FrontDoor.Domain.Tests.Calendar;

public sealed class BankHolidayFileTests
{
    private static string Refusal(string json)
    {
        var result = BankHolidayFile.Parse(json);
        Assert.False(result.Succeeded);
        return result.Error!.Message;
    }

    private static string Division(string code, string events) => $$"""{ "{{code}}": { "division": "{{code}}", "events": {{events}} } }""";

    [Fact]
    public void Baseline_covers_2012_to_2027_for_every_nation()
    {
        foreach (var nation in Nation.All)
        {
            Assert.Equal(Enumerable.Range(2012, 16), BankHolidayFile.Baseline.YearsFor(nation));
        }
    }

    [Fact]
    public void Baseline_is_read_whole_from_the_embedded_data_file()
    {
        var shared = BankHolidayFile.Parse(File.ReadAllText(Path.Combine(SourceRoot(), "src/FrontDoor.Domain/Calendar/bank-holidays.json")));
        foreach (var nation in Nation.All)
        {
            Assert.Equal(shared.Value.For(nation), BankHolidayFile.Baseline.For(nation));
        }

        Assert.Equal(132, BankHolidayFile.Baseline.For(Nation.EnglandAndWales).Count);
        Assert.Equal(148, BankHolidayFile.Baseline.For(Nation.Scotland).Count);
        Assert.Equal(164, BankHolidayFile.Baseline.For(Nation.NorthernIreland).Count);
    }

    [Fact]
    public void Reads_title_date_and_notes_of_each_event()
    {
        var set = BankHolidayFile.Parse(Division("scotland", """
            [ { "title": "St Andrew’s Day", "date": "2024-12-02", "notes": "Substitute day", "bunting": true },
              { "date": "2024-01-02" } ]
            """)).Value;

        Assert.Equal(
            [new BankHoliday(Day.Of("2024-01-02"), "Bank holiday", ""), new BankHoliday(Day.Of("2024-12-02"), "St Andrew’s Day", "Substitute day")],
            set.For(Nation.Scotland));
        Assert.Empty(set.For(Nation.EnglandAndWales));
    }

    [Fact]
    public void Ignores_divisions_it_does_not_know()
    {
        var json = """
            { "isle-of-man": { "events": [ { "date": "2024-06-07" } ] },
              "northern-ireland": { "events": [ { "date": "2024-07-12" } ] } }
            """;
        Assert.Single(BankHolidayFile.Parse(json).Value.For(Nation.NorthernIreland));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{ \"england-and-wales\": ")]
    public void Refuses_text_that_is_not_json(string json) =>
        Assert.StartsWith("The bank holidays file is not valid JSON: ", Refusal(json));

    [Theory]
    [InlineData("[]")]
    [InlineData("\"england-and-wales\"")]
    [InlineData("42")]
    public void Refuses_json_that_is_not_an_object_of_divisions(string json) =>
        Assert.Equal("The bank holidays file must be a JSON object of divisions, as GOV.UK publishes it.", Refusal(json));

    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"wales\": { \"events\": [] } }")]
    public void Refuses_a_file_with_none_of_the_three_divisions(string json) =>
        Assert.Equal("The bank holidays file has none of the divisions england-and-wales, scotland or northern-ireland.", Refusal(json));

    [Theory]
    [InlineData("{ \"scotland\": { \"division\": \"scotland\" } }")]
    [InlineData("{ \"scotland\": { \"events\": {} } }")]
    [InlineData("{ \"scotland\": [] }")]
    public void Refuses_a_division_without_a_list_of_events(string json) =>
        Assert.Equal("The scotland division has no list of events.", Refusal(json));

    [Fact]
    public void Refuses_a_division_with_no_events() =>
        Assert.Equal("The england-and-wales division lists no bank holidays.", Refusal(Division("england-and-wales", "[]")));

    [Theory]
    [InlineData("""[ { "date": "25/12/2024" } ]""", "25/12/2024")]
    [InlineData("""[ { "date": "2023-02-29" } ]""", "2023-02-29")] // not a leap year
    [InlineData("""[ { "date": "2024-12-25T00:00:00" } ]""", "2024-12-25T00:00:00")]
    [InlineData("""[ { "date": "2024-12-25" }, { "date": "" } ]""", "")]
    [InlineData("""[ { "title": "No date" } ]""", "")]
    [InlineData("""[ { "date": 20241225 } ]""", "")]
    public void Refuses_an_event_whose_date_is_not_yyyy_mm_dd(string events, string shown) =>
        Assert.Equal(
            $"An event in northern-ireland has the date '{shown}', which is not a date in the form YYYY-MM-DD.",
            Refusal(Division("northern-ireland", events)));

    [Fact]
    public void Refuses_the_whole_file_when_one_division_is_malformed()
    {
        var json = """
            { "england-and-wales": { "events": [ { "date": "2024-12-25" } ] },
              "scotland": { "events": [ { "date": "2024-13-01" } ] } }
            """;
        Assert.Contains("An event in scotland has the date '2024-13-01'", Refusal(json));
    }

    [Fact]
    public void Reads_dates_the_same_whatever_the_culture_of_the_server()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            // The Thai culture counts years in the Buddhist era: 2024 would otherwise be read as the year 1481.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");
            var set = BankHolidayFile.Parse(Division("england-and-wales", """[ { "date": "2024-12-25" } ]""")).Value;
            Assert.Equal(new DateOnly(2024, 12, 25), set.For(Nation.EnglandAndWales)[0].Date);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FrontDoor.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FrontDoor.slnx not found above the test output.");
    }
}
