using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Calendar;

/// <summary>
/// An administrator loads a newer bank-holidays file (GOV.UK's format). Years in the file replace those years; every
/// other year already known is kept.
/// </summary>
public static class LoadBankHolidays
{
    public sealed record Command(string Json, string LoadedBy);

    /// <summary>What the calendar covers after loading, per nation.</summary>
    public sealed record Coverage(IReadOnlyDictionary<string, (int FirstYear, int LastYear)> Years);

    public sealed class Handler(FrontDoorDb db, CouncilCalendar calendar, TimeProvider time)
    {
        public async Task<Result<Coverage>> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var parsed = BankHolidayFile.Parse(command.Json);
            if (!parsed.Succeeded)
            {
                return Result<Coverage>.Failure(parsed.Error!);
            }

            var stored = await db.Set<StoredBankHolidays>()
                .FirstOrDefaultAsync(b => b.Key == StoredBankHolidays.SingletonKey, cancellationToken);
            var known = stored is null ? BankHolidayFile.Baseline : BankHolidayFile.Baseline.MergedWith(BankHolidayFile.Parse(stored.Json).Value);
            var merged = known.MergedWith(parsed.Value);

            if (stored is null)
            {
                stored = new StoredBankHolidays { Json = merged.ToJson() };
                db.Add(stored);
            }

            stored.Json = merged.ToJson();
            stored.LoadedUtc = time.GetUtcNow().UtcDateTime;
            stored.LoadedBy = command.LoadedBy;
            await db.SaveChangesAsync(cancellationToken);
            await calendar.RefreshAsync(db, cancellationToken);

            var coverage = Nation.All
                .Where(n => merged.YearsFor(n).Count > 0)
                .ToDictionary(n => n.Code, n => (merged.YearsFor(n)[0], merged.YearsFor(n)[^1]));
            return new Coverage(coverage);
        }
    }
}
