using System.Globalization;
using FrontDoor.Domain.Calendar;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>
/// Date-times in the W3C profile of ISO 8601 (https://www.w3.org/TR/NOTE-datetime), as GeoReport v2 requires: always
/// with a time zone. FrontDoor writes London local time with its offset (+00:00 in winter, +01:00 in summer).
/// </summary>
public static class W3cDateTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>A UTC instant as London local time with its offset, e.g. 2026-11-23T10:00:00+00:00.</summary>
    public static string Format(DateTime utc)
    {
        var london = LondonTime.ToLondon(utc);
        var offset = LondonTime.Zone.GetUtcOffset(london);
        return new DateTimeOffset(DateTime.SpecifyKind(london, DateTimeKind.Unspecified), offset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>The end of a London day: a due date as the instant by which the work is expected.</summary>
    public static string EndOfDay(DateOnly date) => Format(LondonTime.EndOfDayUtc(date).AddTicks(1).AddSeconds(-1));

    /// <summary>
    /// Reads a W3C date-time with a time zone (Z or ±hh:mm), or a bare date (YYYY-MM-DD), taken as the start of that
    /// day in London. Anything else is null.
    /// </summary>
    public static DateTime? ParseUtc(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return LondonTime.StartOfDayUtc(day);
        }

        // A time without a zone is ambiguous, so it is refused (K also matches an empty zone, hence the check).
        var zone = text.Length > 16 && (text.EndsWith('Z') || text[^6] is '+' or '-');
        return zone && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : null;
    }
}
