using FrontDoor.Domain.Calendar;

namespace FrontDoor.Domain.Tests.Calendar;

/// <summary>
/// Bank holidays of each nation, including substitute days, one-off holidays and the days only one nation keeps.
/// Expected dates were worked out by hand from a calendar and shared/data/bank-holidays.json.
/// </summary>
public sealed class WorkingDayCalendarHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Baseline;

    private static Nation NationOf(string code) => Nation.Parse(code);

    private static DateOnly Add(string nation, string dayZero, int workingDays)
    {
        var result = Calendar.AddWorkingDays(NationOf(nation), Day.Of(dayZero), workingDays);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    private static bool IsWorkingDay(string nation, string date)
    {
        var result = Calendar.IsWorkingDay(NationOf(nation), Day.Of(date));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    [Theory]
    [InlineData("2020-12-25")] // Friday
    [InlineData("2020-12-28")] // Boxing Day substitute (26th was a Saturday)
    [InlineData("2021-12-27")] // Christmas Day substitute
    [InlineData("2021-12-28")] // Boxing Day substitute
    [InlineData("2022-01-03")] // New Year's Day substitute
    [InlineData("2022-12-26")] // Boxing Day, a Monday
    [InlineData("2022-12-27")] // Christmas Day substitute
    [InlineData("2023-01-02")] // New Year's Day substitute
    [InlineData("2026-12-28")] // Boxing Day substitute
    [InlineData("2027-12-27")] // Christmas Day substitute
    [InlineData("2027-12-28")] // Boxing Day substitute
    public void Christmas_and_new_year_substitute_days_are_not_working_days_anywhere(string date)
    {
        foreach (var nation in Nation.All)
        {
            Assert.False(IsWorkingDay(nation.Code, date), $"{date} in {nation.Name}");
        }
    }

    [Theory]
    [InlineData("2020-12-24")]
    [InlineData("2021-12-24")]
    [InlineData("2021-12-29")]
    [InlineData("2022-12-28")]
    [InlineData("2026-12-29")]
    public void Days_between_christmas_and_new_year_that_are_not_holidays_are_working_days(string date) =>
        Assert.True(IsWorkingDay("england-and-wales", date));

    [Theory]
    [InlineData("2020-12-24", 1, "2020-12-29")]
    [InlineData("2020-12-24", 4, "2021-01-04")] // 1 January 2021 is a Friday holiday
    [InlineData("2021-12-24", 1, "2021-12-29")]
    [InlineData("2021-12-24", 3, "2021-12-31")]
    [InlineData("2021-12-24", 4, "2022-01-04")]
    [InlineData("2022-12-23", 1, "2022-12-28")]
    [InlineData("2022-12-23", 4, "2023-01-03")]
    [InlineData("2026-12-24", 1, "2026-12-29")]
    [InlineData("2026-12-24", 4, "2027-01-04")]
    [InlineData("2027-12-24", 1, "2027-12-29")]
    public void Counts_past_christmas_and_new_year_substitute_days(string dayZero, int workingDays, string expected) =>
        Assert.Equal(Day.Of(expected), Add("england-and-wales", dayZero, workingDays));

    [Theory]
    [InlineData("england-and-wales", "2024-03-28", "2024-04-02")] // Good Friday 29 March, Easter Monday 1 April
    [InlineData("northern-ireland", "2024-03-28", "2024-04-02")]
    [InlineData("scotland", "2024-03-28", "2024-04-01")]
    [InlineData("england-and-wales", "2025-04-17", "2025-04-22")] // Good Friday 18 April, Easter Monday 21 April
    [InlineData("scotland", "2025-04-17", "2025-04-21")]
    [InlineData("england-and-wales", "2027-03-25", "2027-03-30")] // Good Friday 26 March, Easter Monday 29 March
    [InlineData("scotland", "2027-03-25", "2027-03-29")]
    public void Easter_monday_is_a_holiday_in_england_wales_and_northern_ireland_but_not_scotland(
        string nation, string dayZero, string expected) =>
        Assert.Equal(Day.Of(expected), Add(nation, dayZero, 1));

    [Fact]
    public void Good_friday_is_a_holiday_in_every_nation_and_easter_monday_is_a_working_day_in_scotland()
    {
        foreach (var nation in Nation.All)
        {
            Assert.False(IsWorkingDay(nation.Code, "2024-03-29"));
        }

        Assert.False(IsWorkingDay("england-and-wales", "2024-04-01"));
        Assert.False(IsWorkingDay("northern-ireland", "2024-04-01"));
        Assert.True(IsWorkingDay("scotland", "2024-04-01"));
    }

    [Theory]
    [InlineData("england-and-wales")]
    [InlineData("scotland")]
    [InlineData("northern-ireland")]
    public void State_funeral_and_coronation_were_holidays_everywhere(string nation)
    {
        Assert.False(IsWorkingDay(nation, "2022-09-19"));
        Assert.Equal(Day.Of("2022-09-20"), Add(nation, "2022-09-16", 1));
        Assert.False(IsWorkingDay(nation, "2023-05-08"));
        Assert.Equal(Day.Of("2023-05-09"), Add(nation, "2023-05-05", 1));
        Assert.Equal(Day.Of("2023-05-09"), Add(nation, "2023-04-28", 5)); // also past the early May holiday on 1 May
    }

    [Theory]
    [InlineData("2023-12-29", "2024-01-03", "2024-01-02")] // 1 and 2 January 2024 are Monday and Tuesday
    [InlineData("2026-12-31", "2027-01-05", "2027-01-04")] // 2 January 2027 is a Saturday: substitute Monday 4th
    [InlineData("2020-12-31", "2021-01-05", "2021-01-04")] // 2 January 2021 is a Saturday: substitute Monday 4th
    [InlineData("2022-12-30", "2023-01-04", "2023-01-03")] // substitutes Monday 2nd and Tuesday 3rd
    public void Second_of_january_is_a_holiday_only_in_scotland(string dayZero, string scotland, string england)
    {
        Assert.Equal(Day.Of(scotland), Add("scotland", dayZero, 1));
        Assert.Equal(Day.Of(england), Add("england-and-wales", dayZero, 1));
    }

    [Theory]
    [InlineData("2023-11-29", "2023-12-01", "2023-11-30")] // St Andrew's Day on a Thursday
    [InlineData("2024-11-29", "2024-12-03", "2024-12-02")] // 30 November 2024 is a Saturday: substitute Monday 2 December
    [InlineData("2025-11-28", "2025-12-02", "2025-12-01")] // 30 November 2025 is a Sunday: substitute Monday 1 December
    [InlineData("2026-11-27", "2026-12-01", "2026-11-30")] // 30 November 2026 is a Monday
    public void St_andrews_day_or_its_substitute_is_a_holiday_only_in_scotland(string dayZero, string scotland, string england)
    {
        Assert.Equal(Day.Of(scotland), Add("scotland", dayZero, 1));
        Assert.Equal(Day.Of(england), Add("england-and-wales", dayZero, 1));
    }

    [Fact]
    public void Scotland_keeps_its_summer_holiday_at_the_start_of_august_not_the_end()
    {
        Assert.False(IsWorkingDay("scotland", "2024-08-05"));
        Assert.True(IsWorkingDay("england-and-wales", "2024-08-05"));
        Assert.True(IsWorkingDay("scotland", "2024-08-26"));
        Assert.False(IsWorkingDay("england-and-wales", "2024-08-26"));
    }

    [Theory]
    [InlineData("2024-03-15", "2024-03-19", "2024-03-18")] // 17 March 2024 is a Sunday: substitute Monday 18th
    [InlineData("2026-03-16", "2026-03-18", "2026-03-17")] // 17 March 2026 is a Tuesday
    [InlineData("2020-07-10", "2020-07-14", "2020-07-13")] // 12 July 2020 is a Sunday: substitute Monday 13th
    [InlineData("2024-07-11", "2024-07-15", "2024-07-12")] // 12 July 2024 is a Friday
    [InlineData("2025-07-11", "2025-07-15", "2025-07-14")] // 12 July 2025 is a Saturday: substitute Monday 14th
    [InlineData("2026-07-10", "2026-07-14", "2026-07-13")] // 12 July 2026 is a Sunday: substitute Monday 13th
    public void St_patricks_day_and_the_twelfth_or_their_substitutes_are_holidays_only_in_northern_ireland(
        string dayZero, string northernIreland, string england)
    {
        Assert.Equal(Day.Of(northernIreland), Add("northern-ireland", dayZero, 1));
        Assert.Equal(Day.Of(england), Add("england-and-wales", dayZero, 1));
    }

    [Theory]
    [InlineData("england-and-wales", 254)] // 262 weekdays in 2024, less 8 bank holidays
    [InlineData("scotland", 253)] // less 9
    [InlineData("northern-ireland", 252)] // less 10
    public void Counts_the_working_days_in_a_whole_year(string nation, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(NationOf(nation), Day.Of("2023-12-31"), Day.Of("2024-12-31")).Value);
}
