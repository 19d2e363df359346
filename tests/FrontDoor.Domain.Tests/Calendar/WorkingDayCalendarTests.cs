using FrontDoor.Domain.Calendar;

namespace FrontDoor.Domain.Tests.Calendar;

/// <summary>
/// The counting rule: the London date of the start instant is day 0 whatever the time; the due date is the Nth working
/// day after it. Expected dates were worked out by hand from a calendar and shared/data/bank-holidays.json.
/// </summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Baseline;
    private static readonly Nation England = Nation.EnglandAndWales;

    private static DateOnly Add(string dayZero, int workingDays, Nation? nation = null)
    {
        var result = Calendar.AddWorkingDays(nation ?? England, Day.Of(dayZero), workingDays);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    private static DateOnly Due(string startUtc, int workingDays, Nation? nation = null)
    {
        var result = Calendar.DueDate(nation ?? England, Day.Utc(startUtc), workingDays);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    [Theory]
    [InlineData("2024-06-12", 1, "2024-06-13")] // Wednesday to Thursday
    [InlineData("2024-06-13", 1, "2024-06-14")] // Thursday to Friday
    [InlineData("2024-06-14", 1, "2024-06-17")] // Friday skips the weekend
    [InlineData("2024-06-17", 1, "2024-06-18")] // Monday to Tuesday
    [InlineData("2024-06-12", 5, "2024-06-19")] // a week of working days is a calendar week
    [InlineData("2024-06-14", 10, "2024-06-28")] // two whole weeks
    [InlineData("2024-06-10", 10, "2024-06-24")]
    public void Weekends_are_not_working_days(string dayZero, int workingDays, string expected) =>
        Assert.Equal(Day.Of(expected), Add(dayZero, workingDays));

    [Theory]
    [InlineData(1, "2024-06-17")]
    [InlineData(2, "2024-06-18")]
    [InlineData(10, "2024-06-28")]
    public void Saturday_request_is_due_on_same_date_as_friday_request(int workingDays, string expected)
    {
        var friday = Add("2024-06-14", workingDays);
        Assert.Equal(Day.Of(expected), friday);
        Assert.Equal(friday, Add("2024-06-15", workingDays));
        Assert.Equal(friday, Add("2024-06-16", workingDays));
    }

    [Fact]
    public void Zero_working_days_is_day_zero_itself_even_at_a_weekend() =>
        Assert.Equal(Day.Of("2024-06-15"), Add("2024-06-15", 0));

    [Fact]
    public void Refuses_a_negative_number_of_working_days()
    {
        var result = Calendar.AddWorkingDays(England, Day.Of("2024-06-14"), -1);
        Assert.False(result.Succeeded);
        Assert.Equal("The number of working days must be 0 or more.", result.Error!.Message);
        Assert.Equal("workingDays", result.Error.Field);
    }

    [Theory]
    [InlineData("2024-01-11T23:59:59Z", "2024-01-12")] // GMT: last second of Thursday in London is day 0 Thursday
    [InlineData("2024-01-12T00:00:00Z", "2024-01-15")] // GMT: first second of Friday
    [InlineData("2024-06-13T22:59:59Z", "2024-06-14")] // BST: 23:59:59 Thursday in London
    [InlineData("2024-06-13T23:00:00Z", "2024-06-17")] // BST: 00:00:00 Friday in London, still Thursday in UTC
    [InlineData("2024-06-14T22:59:59Z", "2024-06-17")] // BST: 23:59:59 Friday in London
    [InlineData("2024-06-14T23:00:00Z", "2024-06-17")] // BST: 00:00:00 Saturday in London, due as for Friday
    public void Day_zero_is_the_london_date_of_the_start_instant_whatever_the_time(string startUtc, string expected) =>
        Assert.Equal(Day.Of(expected), Due(startUtc, 1));

    [Theory]
    [InlineData("2025-03-29T23:30:00Z", "2025-03-31")] // Saturday 23:30 GMT, the night the clocks go forward
    [InlineData("2025-03-30T00:59:59Z", "2025-03-31")] // Sunday 00:59:59 GMT, the last second before BST
    [InlineData("2025-03-30T01:00:00Z", "2025-03-31")] // Sunday 02:00 BST
    [InlineData("2025-03-30T23:30:00Z", "2025-04-01")] // Monday 00:30 BST, still Sunday in UTC
    public void Counts_across_the_spring_clock_change(string startUtc, string expected) =>
        Assert.Equal(Day.Of(expected), Due(startUtc, 1));

    [Theory]
    [InlineData("2025-10-23T23:30:00Z", "2025-10-27")] // Friday 00:30 BST, still Thursday in UTC
    [InlineData("2025-10-25T22:59:59Z", "2025-10-27")] // Saturday 23:59:59 BST
    [InlineData("2025-10-26T00:59:59Z", "2025-10-27")] // Sunday 01:59:59 BST, the last second before GMT
    [InlineData("2025-10-26T01:00:00Z", "2025-10-27")] // Sunday 01:00 GMT, the repeated hour
    [InlineData("2025-10-26T23:30:00Z", "2025-10-27")] // Sunday 23:30 GMT: London and UTC agree again
    [InlineData("2025-10-27T00:00:00Z", "2025-10-28")] // Monday 00:00 GMT
    public void Counts_across_the_autumn_clock_change(string startUtc, string expected) =>
        Assert.Equal(Day.Of(expected), Due(startUtc, 1));

    [Fact]
    public void Treats_an_instant_of_unspecified_kind_as_utc()
    {
        var unspecified = new DateTime(2024, 6, 13, 23, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(Day.Of("2024-06-17"), Calendar.DueDate(England, unspecified, 1).Value);
    }

    [Theory]
    [InlineData("2024-02-28", 1, "2024-02-29")]
    [InlineData("2024-02-29", 1, "2024-03-01")]
    [InlineData("2024-02-27", 3, "2024-03-01")]
    [InlineData("2024-02-26", 10, "2024-03-11")]
    [InlineData("2023-02-27", 2, "2023-03-01")] // no leap day in 2023
    public void Leap_day_2024_is_a_working_thursday(string dayZero, int workingDays, string expected)
    {
        Assert.Equal(Day.Of(expected), Add(dayZero, workingDays));
        Assert.True(Calendar.IsWorkingDay(England, Day.Of("2024-02-29")).Value);
    }

    [Fact]
    public void Counts_to_the_last_day_the_calendar_knows()
    {
        Assert.Equal(Day.Of("2027-12-31"), Add("2027-12-30", 1));
        Assert.Equal(Day.Of("2027-12-31"), Add("2027-12-24", 3));
        Assert.Equal(Day.Of("2027-12-31"), Add("2027-12-31", 0));
        Assert.Equal(Day.Of("2012-01-03"), Add("2012-01-01", 1)); // 2 January 2012 was the New Year substitute
    }

    [Theory]
    [InlineData("2027-12-30", 2)]
    [InlineData("2027-12-24", 4)]
    [InlineData("2027-12-31", 1)]
    [InlineData("2027-06-01", 200)]
    public void Refuses_to_count_past_the_last_year_it_knows(string dayZero, int workingDays)
    {
        var result = Calendar.AddWorkingDays(England, Day.Of(dayZero), workingDays);
        Assert.False(result.Succeeded);
        Assert.Equal(
            "The calendar knows England and Wales bank holidays only from 1 January 2012 to 31 December 2027, "
            + "so it cannot count working days after that. Load a newer bank-holidays file (FrontDoor.Web holidays load <file>).",
            result.Error!.Message);
    }

    [Theory]
    [InlineData("2028-01-04T09:00:00Z", "after")]
    [InlineData("2027-12-31T23:59:59Z", "after")] // day 0 is known, its next working day is not
    [InlineData("2011-12-30T12:00:00Z", "before")]
    public void Refuses_a_due_date_outside_the_years_it_knows(string startUtc, string when)
    {
        var result = Calendar.DueDate(Nation.Scotland, Day.Utc(startUtc), 1);
        Assert.False(result.Succeeded);
        Assert.Contains("Scotland bank holidays only from 1 January 2012 to 31 December 2027", result.Error!.Message);
        Assert.Contains($"cannot count working days {when} that", result.Error.Message);
    }
}
