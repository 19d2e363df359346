using System.Globalization;
using FrontDoor.Domain.Calendar;

namespace FrontDoor.Domain.Tests.Calendar;

public sealed class BankHolidaySetTests
{
    private const string Older = """
        {
          "england-and-wales": { "division": "england-and-wales", "events": [
            { "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day" },
            { "title": "Christmas Day", "date": "2026-12-25", "notes": "" },
            { "title": "New Year’s Day", "date": "2027-01-01", "notes": "" },
            { "title": "Early May bank holiday", "date": "2027-05-03", "notes": "" } ] },
          "scotland": { "division": "scotland", "events": [
            { "title": "St Andrew’s Day", "date": "2026-11-30", "notes": "" } ] }
        }
        """;

    private const string Newer = """
        {
          "england-and-wales": { "division": "england-and-wales", "events": [
            { "title": "New Year’s Day", "date": "2027-01-01", "notes": "" },
            { "title": "A proclaimed bank holiday", "date": "2027-06-04", "notes": "" },
            { "title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day" },
            { "title": "Good Friday", "date": "2028-04-14", "notes": "" } ] }
        }
        """;

    private static BankHolidaySet Parse(string json) => BankHolidayFile.Parse(json).Value;

    private static IEnumerable<DateOnly> Dates(BankHolidaySet set, Nation nation) => set.For(nation).Select(h => h.Date);

    [Fact]
    public void Lists_holidays_in_date_order_without_duplicates()
    {
        var set = new BankHolidaySet(new Dictionary<string, IReadOnlyList<BankHoliday>>
        {
            ["scotland"] =
            [
                new BankHoliday(Day.Of("2024-12-25"), "Christmas Day"),
                new BankHoliday(Day.Of("2024-01-02"), "2nd January"),
                new BankHoliday(Day.Of("2024-12-25"), "Christmas Day again"),
            ],
        });

        Assert.Equal([Day.Of("2024-01-02"), Day.Of("2024-12-25")], Dates(set, Nation.Scotland));
        Assert.Empty(set.For(Nation.NorthernIreland));
        Assert.Empty(set.YearsFor(Nation.NorthernIreland));
    }

    [Fact]
    public void Years_are_those_with_at_least_one_holiday() =>
        Assert.Equal([2026, 2027], Parse(Older).YearsFor(Nation.EnglandAndWales));

    [Fact]
    public void Merging_keeps_old_years_and_takes_newer_years_whole_from_the_newer_file()
    {
        var merged = Parse(Older).MergedWith(Parse(Newer));

        Assert.Equal(
            [
                Day.Of("2026-12-25"), Day.Of("2026-12-28"), // 2026 only in the older file: kept
                Day.Of("2027-01-01"), Day.Of("2027-06-04"), // 2027 from the newer file: the proclamation is in, 3 May is out
                Day.Of("2028-01-03"), Day.Of("2028-04-14"), // 2028 only in the newer file: added
            ],
            Dates(merged, Nation.EnglandAndWales));
        Assert.Equal("A proclaimed bank holiday", merged.For(Nation.EnglandAndWales)[3].Title);
        Assert.Equal([2026, 2027, 2028], merged.YearsFor(Nation.EnglandAndWales));
    }

    [Fact]
    public void Merging_keeps_a_nation_the_newer_file_leaves_out_and_adds_one_only_it_has()
    {
        var northernIreland = """{ "northern-ireland": { "events": [ { "date": "2028-03-17" } ] } }""";
        var merged = Parse(Older).MergedWith(Parse(Newer)).MergedWith(Parse(northernIreland));

        Assert.Equal([Day.Of("2026-11-30")], Dates(merged, Nation.Scotland));
        Assert.Equal([Day.Of("2028-03-17")], Dates(merged, Nation.NorthernIreland));
        Assert.Equal(6, merged.For(Nation.EnglandAndWales).Count);
    }

    [Fact]
    public void Merging_a_newer_year_into_the_baseline_lets_the_calendar_count_into_it()
    {
        var year2028 = """
            { "england-and-wales": { "events": [
                { "title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day" },
                { "title": "Good Friday", "date": "2028-04-14" } ] } }
            """;
        var before = WorkingDayCalendar.Baseline;
        var after = new WorkingDayCalendar(BankHolidayFile.Baseline.MergedWith(Parse(year2028)));

        Assert.False(before.AddWorkingDays(Nation.EnglandAndWales, Day.Of("2027-12-24"), 4).Succeeded);
        // Past the substitutes on 27 and 28 December: Wed 29, Thu 30, Fri 31, then Monday 3 January 2028 is a holiday.
        Assert.Equal(Day.Of("2028-01-04"), after.AddWorkingDays(Nation.EnglandAndWales, Day.Of("2027-12-24"), 4).Value);
        Assert.Equal(Day.Of("2028-12-31"), after.LastKnownDate(Nation.EnglandAndWales));
        Assert.Equal(Day.Of("2027-12-31"), after.LastKnownDate(Nation.Scotland));
        Assert.Equal(Day.Of("2012-01-01"), after.FirstKnownDate(Nation.EnglandAndWales));
    }

    [Fact]
    public void Merging_replaces_a_year_the_newer_file_covers_even_where_it_drops_a_day()
    {
        // The newer file's 2027 has 1 January and 4 June only, so the calendar follows it, not the baseline, for 2027.
        var after = new WorkingDayCalendar(BankHolidayFile.Baseline.MergedWith(Parse(Newer)));

        Assert.False(after.IsWorkingDay(Nation.EnglandAndWales, Day.Of("2027-06-04")).Value);
        Assert.True(WorkingDayCalendar.Baseline.IsWorkingDay(Nation.EnglandAndWales, Day.Of("2027-06-04")).Value);
        Assert.True(after.IsWorkingDay(Nation.EnglandAndWales, Day.Of("2027-12-27")).Value);
        Assert.False(after.IsWorkingDay(Nation.EnglandAndWales, Day.Of("2026-12-28")).Value); // 2026 kept from the baseline
    }

    [Fact]
    public void ToJson_round_trips_through_Parse()
    {
        var baseline = BankHolidayFile.Baseline;
        var again = BankHolidayFile.Parse(baseline.ToJson());

        Assert.True(again.Succeeded, again.Error?.Message);
        foreach (var nation in Nation.All)
        {
            Assert.Equal(baseline.For(nation), again.Value.For(nation));
        }
    }

    [Fact]
    public void ToJson_writes_only_the_nations_it_has()
    {
        var again = BankHolidayFile.Parse(Parse(Older).ToJson()).Value;
        Assert.Equal(4, again.For(Nation.EnglandAndWales).Count);
        Assert.Empty(again.For(Nation.NorthernIreland));
        Assert.Equal("Substitute day", again.For(Nation.EnglandAndWales)[1].Notes);
    }

    [Fact]
    public void ToJson_writes_gregorian_dates_whatever_the_culture_of_the_server()
    {
        var set = Parse(Older);
        var original = CultureInfo.CurrentCulture;
        try
        {
            // The Thai culture counts years in the Buddhist era: 2026 would otherwise be written as 2569.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");
            var json = set.ToJson();
            Assert.Contains("\"2026-12-25\"", json);
            Assert.DoesNotContain("2569", json);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
