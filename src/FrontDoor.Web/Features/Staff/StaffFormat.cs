using System.Globalization;
using FrontDoor.Domain.Calendar;

namespace FrontDoor.Web.Features.Staff;

/// <summary>Dates and times on staff pages, in London time and the GOV.UK style ("23 Nov 2026 at 10:05").</summary>
public static class StaffFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    public static string When(DateTime utc) => LondonTime.ToLondon(utc).ToString("d MMM yyyy 'at' HH:mm", EnGb);

    /// <summary>A reference as it is read over the phone: ABC-DEF-GHJ.</summary>
    public static string Reference(string reference) => FrontDoor.Domain.References.RequestReference.Parse(reference) is { Succeeded: true } parsed
        ? parsed.Value.Display
        : reference;
}
