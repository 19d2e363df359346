using FrontDoor.Domain.Calendar;

namespace FrontDoor.Domain.Tests.Calendar;

/// <summary>WorkingDaysBetween, IsWorkingDay and the calendar's refusals for nations and years it does not know.</summary>
public sealed class WorkingDayCalendarCountingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Baseline;
    private static readonly Nation England = Nation.EnglandAndWales;

    private static int Between(string from, string to, Nation? nation = null)
    {
        var result = Calendar.WorkingDaysBetween(nation ?? England, Day.Of(from), Day.Of(to));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    [Theory]
    [InlineData("2024-06-14", "2024-06-17", 1)] // Friday to Monday
    [InlineData("2024-06-10", "2024-06-14", 4)] // Monday to Friday
    [InlineData("2024-06-14", "2024-06-14", 0)]
    [InlineData("2024-06-15", "2024-06-16", 0)] // Saturday to Sunday
    [InlineData("2024-06-15", "2024-06-17", 1)] // Saturday to Monday
    [InlineData("2024-06-17", "2024-06-14", -1)] // backwards
    [InlineData("2024-06-24", "2024-06-10", -10)]
    [InlineData("2020-12-24", "2020-12-29", 1)] // past Christmas Day and the Boxing Day substitute
    [InlineData("2020-12-24", "2021-01-04", 4)] // and New Year's Day
    [InlineData("2024-02-28", "2024-03-01", 2)] // leap day counts
    [InlineData("2012-01-01", "2027-12-31", 4043)] // the whole range: 4,175 weekdays less 132 holidays
    public void Counts_working_days_after_the_first_date_up_to_and_including_the_second(string from, string to, int expected) =>
        Assert.Equal(expected, Between(from, to));

    [Fact]
    public void Counts_easter_monday_as_a_working_day_only_in_scotland()
    {
        Assert.Equal(1, Between("2024-03-28", "2024-04-02"));
        Assert.Equal(2, Between("2024-03-28", "2024-04-02", Nation.Scotland));
    }

    [Theory]
    [InlineData("2024-06-14", true)] // Friday
    [InlineData("2024-06-15", false)] // Saturday
    [InlineData("2024-06-16", false)] // Sunday
    [InlineData("2024-12-24", true)]
    [InlineData("2024-12-25", false)]
    [InlineData("2012-01-02", false)] // first year known: New Year substitute
    [InlineData("2027-12-31", true)] // last day known
    public void Knows_which_days_are_working_days(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(England, Day.Of(date)).Value);

    [Theory]
    [InlineData("2011-12-30", "before")]
    [InlineData("2028-01-04", "after")]
    public void Refuses_to_say_whether_a_day_outside_the_known_years_is_a_working_day(string date, string when)
    {
        var result = Calendar.IsWorkingDay(Nation.NorthernIreland, Day.Of(date));
        Assert.False(result.Succeeded);
        Assert.Contains("Northern Ireland bank holidays only from 1 January 2012 to 31 December 2027", result.Error!.Message);
        Assert.Contains($"cannot count working days {when} that", result.Error.Message);
    }

    [Theory]
    [InlineData("2011-12-30", "2012-01-05")]
    [InlineData("2027-12-01", "2028-01-05")]
    public void Refuses_to_count_between_dates_outside_the_known_years(string from, string to)
    {
        var result = Calendar.WorkingDaysBetween(England, Day.Of(from), Day.Of(to));
        Assert.False(result.Succeeded);
        Assert.Contains("1 January 2012 to 31 December 2027", result.Error!.Message);
    }

    [Fact]
    public void Knows_the_first_and_last_dates_it_can_count()
    {
        Assert.Equal(Day.Of("2012-01-01"), Calendar.FirstKnownDate(Nation.Scotland));
        Assert.Equal(Day.Of("2027-12-31"), Calendar.LastKnownDate(Nation.Scotland));
    }

    [Fact]
    public void Every_due_date_is_a_working_day_exactly_the_target_after_day_zero()
    {
        foreach (var nation in Nation.All)
        {
            for (var dayZero = Day.Of("2020-01-01"); dayZero <= Day.Of("2027-10-31"); dayZero = dayZero.AddDays(1))
            {
                foreach (var target in new[] { 1, 2, 5, 10, 20 })
                {
                    var due = Calendar.AddWorkingDays(nation, dayZero, target).Value;
                    Assert.True(Calendar.IsWorkingDay(nation, due).Value, $"{nation} {dayZero} +{target} = {due}");
                    Assert.Equal(target, Calendar.WorkingDaysBetween(nation, dayZero, due).Value);
                    Assert.Equal(target - 1, Calendar.WorkingDaysBetween(nation, dayZero, due.AddDays(-1)).Value);
                }
            }
        }
    }

    [Fact]
    public void Refuses_a_nation_whose_bank_holidays_it_has_not_been_given()
    {
        var englandOnly = new BankHolidaySet(new Dictionary<string, IReadOnlyList<BankHoliday>>
        {
            ["england-and-wales"] = [new BankHoliday(Day.Of("2024-12-25"), "Christmas Day")],
        });
        var calendar = new WorkingDayCalendar(englandOnly);

        var result = calendar.AddWorkingDays(Nation.NorthernIreland, Day.Of("2024-06-14"), 1);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "The calendar has no bank holidays for Northern Ireland. Load a bank-holidays file that includes northern-ireland.",
            result.Error!.Message);
        Assert.Equal(Day.Of("2024-06-17"), calendar.AddWorkingDays(England, Day.Of("2024-06-14"), 1).Value);
    }

    [Fact]
    public void Refuses_to_count_through_a_year_missing_from_the_middle_of_its_holidays()
    {
        var gap = new BankHolidaySet(new Dictionary<string, IReadOnlyList<BankHoliday>>
        {
            ["england-and-wales"] =
            [
                new BankHoliday(Day.Of("2024-12-25"), "Christmas Day"),
                new BankHoliday(Day.Of("2026-01-01"), "New Year’s Day"),
            ],
        });
        var calendar = new WorkingDayCalendar(gap);
        const string Message = "The calendar has no England and Wales bank holidays for 2025, so it cannot count working days in that year. "
            + "Load a bank-holidays file that covers 2025.";

        Assert.Equal(Message, calendar.IsWorkingDay(England, Day.Of("2025-06-02")).Error?.Message);
        Assert.Equal(Message, calendar.AddWorkingDays(England, Day.Of("2024-12-24"), 5).Error?.Message);
        Assert.Equal(Message, calendar.WorkingDaysBetween(England, Day.Of("2024-12-24"), Day.Of("2026-01-05")).Error?.Message);
        Assert.Equal(Message, calendar.WorkingDaysBetween(England, Day.Of("2026-01-05"), Day.Of("2024-12-24")).Error?.Message);
        Assert.Equal(Day.Of("2024-12-27"), calendar.AddWorkingDays(England, Day.Of("2024-12-24"), 2).Value);
    }

    [Fact]
    public void Names_the_range_in_english_whatever_the_culture_of_the_server()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            var result = Calendar.AddWorkingDays(England, Day.Of("2027-12-31"), 1);
            Assert.Contains("from 1 January 2012 to 31 December 2027", result.Error!.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }
}
