using FrontDoor.Domain.Calendar;

namespace FrontDoor.Domain.Tests.Calendar;

public sealed class LondonTimeTests
{
    [Theory]
    [InlineData("2024-01-15T00:00:00Z", "2024-01-15")] // GMT: London and UTC agree
    [InlineData("2024-01-15T23:59:59Z", "2024-01-15")]
    [InlineData("2024-06-14T22:59:59Z", "2024-06-14")] // BST: 23:59:59 in London
    [InlineData("2024-06-14T23:00:00Z", "2024-06-15")] // BST: midnight in London is 23:00 UTC the day before
    [InlineData("2025-03-30T00:59:59Z", "2025-03-30")]
    [InlineData("2025-03-30T23:00:00Z", "2025-03-31")] // first BST midnight
    [InlineData("2025-10-25T23:00:00Z", "2025-10-26")] // last BST midnight
    [InlineData("2025-10-26T23:00:00Z", "2025-10-26")] // GMT again: 23:00 Sunday
    public void Date_of_an_instant_is_its_london_date(string utc, string expected) =>
        Assert.Equal(Day.Of(expected), LondonTime.DateOf(Day.Utc(utc)));

    [Fact]
    public void Date_of_an_instant_with_an_offset_is_its_london_date()
    {
        var newYork = new DateTimeOffset(2024, 6, 14, 19, 30, 0, TimeSpan.FromHours(-4)); // 23:30 UTC, 00:30 BST
        Assert.Equal(Day.Of("2024-06-15"), LondonTime.DateOf(newYork));
    }

    [Fact]
    public void An_unspecified_instant_is_taken_as_utc()
    {
        var unspecified = new DateTime(2024, 6, 14, 23, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(Day.Of("2024-06-15"), LondonTime.DateOf(unspecified));
    }

    [Fact]
    public void Wall_clock_time_follows_british_summer_time()
    {
        Assert.Equal(new DateTime(2024, 6, 15, 0, 30, 0), LondonTime.ToLondon(Day.Utc("2024-06-14T23:30:00Z")));
        Assert.Equal(new DateTime(2024, 1, 14, 23, 30, 0), LondonTime.ToLondon(Day.Utc("2024-01-14T23:30:00Z")));
    }

    [Theory]
    [InlineData("2024-01-15", "2024-01-15T00:00:00Z")]
    [InlineData("2024-06-15", "2024-06-14T23:00:00Z")]
    [InlineData("2025-03-30", "2025-03-30T00:00:00Z")] // the clocks go forward at 01:00 UTC, after midnight
    [InlineData("2025-03-31", "2025-03-30T23:00:00Z")]
    [InlineData("2025-10-26", "2025-10-25T23:00:00Z")] // the clocks go back at 01:00 UTC, after midnight
    [InlineData("2025-10-27", "2025-10-27T00:00:00Z")]
    public void A_london_day_starts_at_london_midnight(string date, string expectedUtc)
    {
        var start = LondonTime.StartOfDayUtc(Day.Of(date));
        Assert.Equal(Day.Utc(expectedUtc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Theory]
    [InlineData("2024-01-15", "2024-01-16T00:00:00Z")]
    [InlineData("2024-06-15", "2024-06-15T23:00:00Z")]
    [InlineData("2025-03-30", "2025-03-30T23:00:00Z")] // a 23-hour day
    [InlineData("2025-10-26", "2025-10-27T00:00:00Z")] // a 25-hour day
    public void A_london_day_ends_one_tick_before_the_next_begins(string date, string nextDayStartUtc)
    {
        var end = LondonTime.EndOfDayUtc(Day.Of(date));
        Assert.Equal(Day.Utc(nextDayStartUtc).AddTicks(-1), end);
        Assert.Equal(Day.Of(date), LondonTime.DateOf(end));
    }
}
