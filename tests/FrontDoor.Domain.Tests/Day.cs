using System.Globalization;

namespace FrontDoor.Domain.Tests;

/// <summary>Dates and instants written in tests as ISO text, so the expected values read like a calendar.</summary>
internal static class Day
{
    public static DateOnly Of(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant from text such as "2024-06-13T23:00:00Z".</summary>
    public static DateTime Utc(string isoInstant) =>
        DateTime.Parse(isoInstant, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
