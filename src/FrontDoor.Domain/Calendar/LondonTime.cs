namespace FrontDoor.Domain.Calendar;

/// <summary>
/// Days are decided in Europe/London (GMT in winter, BST in summer); instants are stored in UTC.
/// </summary>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The London calendar date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), Zone));

    /// <summary>The London date of an instant given with any offset.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOf(instant.UtcDateTime);

    /// <summary>The London wall-clock time of a UTC instant.</summary>
    public static DateTime ToLondon(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), Zone);

    /// <summary>The UTC instant at which a London date begins (00:00 London time).</summary>
    public static DateTime StartOfDayUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    /// <summary>The last UTC tick of a London date: a deadline "by the end of" that date.</summary>
    public static DateTime EndOfDayUtc(DateOnly date) => StartOfDayUtc(date.AddDays(1)).AddTicks(-1);

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };
}
