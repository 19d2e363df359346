using System.Globalization;
using FrontDoor.Domain.Calendar;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Infrastructure.Commands;

/// <summary>
/// <c>due --from INSTANT --working-days N [--nation ...]</c>: the due date for a target of N working days.
/// INSTANT is ISO 8601: with Z or an offset it is an exact instant; without one it is a London wall-clock time;
/// a date alone is that London date.
/// </summary>
public static class DueCommand
{
    public static async Task<int> Run(IServiceProvider provider, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (!options.TryGetValue("from", out var fromText))
        {
            await error.WriteLineAsync("Give the start with --from, for example: due --from 2026-11-20T16:30:00Z --working-days 10");
            return 2;
        }

        if (!options.TryGetValue("working-days", out var daysText) || !int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            await error.WriteLineAsync("Give the number of working days with --working-days, as a whole number 0 or more, for example: --working-days 10");
            return 2;
        }

        var nationCode = options.GetValueOrDefault("nation") ?? Nation.EnglandAndWales.Code;
        if (!Nation.TryParse(nationCode, out var nation))
        {
            await error.WriteLineAsync($"'{nationCode}' is not a nation. Use england-and-wales, scotland or northern-ireland.");
            return 2;
        }

        if (ParseInstant(fromText) is not { } startUtc)
        {
            await error.WriteLineAsync($"'{fromText}' is not an ISO 8601 date or time. Use for example 2026-11-20T16:30:00Z, 2026-11-20T16:30:00+00:00 or 2026-11-20.");
            return 2;
        }

        var calendar = provider.GetRequiredService<CouncilCalendar>();
        await TryLoadStoredHolidays(provider, calendar);
        var due = calendar.Current.DueDate(nation, startUtc, days);
        if (!due.Succeeded)
        {
            await error.WriteLineAsync(due.Error!.Message);
            return 1;
        }

        var english = CultureInfo.GetCultureInfo("en-GB");
        await output.WriteLineAsync(due.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await output.WriteLineAsync(
            $"{days} working day(s) after {LondonTime.DateOf(startUtc).ToString("dddd d MMMM yyyy", english)} (London date of the start) " +
            $"is {due.Value.ToString("dddd d MMMM yyyy", english)}, counting {nation.Name} bank holidays.");
        return 0;
    }

    internal static DateTime? ParseInstant(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date))
        {
            return LondonTime.StartOfDayUtc(date);
        }

        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
        if (hasOffset && DateTimeOffset.TryParse(text, invariant, DateTimeStyles.None, out var instant) && text.Contains('T'))
        {
            return instant.UtcDateTime;
        }

        if (!hasOffset && DateTime.TryParse(text, invariant, DateTimeStyles.None, out var local) && text.Contains('T'))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), LondonTime.Zone);
        }

        return null;
    }

    /// <summary>Uses holidays an administrator loaded, when the database has them; otherwise the shipped file.</summary>
    private static async Task TryLoadStoredHolidays(IServiceProvider provider, CouncilCalendar calendar)
    {
        try
        {
            var db = provider.GetRequiredService<FrontDoorDb>();
            if (await db.Database.CanConnectAsync() && !(await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await calendar.RefreshAsync(db);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            // No database yet: the shipped calendar is the right answer.
        }
    }
}
