using FrontDoor.Domain.Calendar;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Calendar;

/// <summary>
/// The working-day calendar in use: the bank holidays shipped with FrontDoor, merged with any file an administrator
/// has loaded since. Built once and rebuilt when a file is loaded; reading it costs nothing.
/// </summary>
public sealed class CouncilCalendar(TimeProvider time)
{
    private WorkingDayCalendar calendar = WorkingDayCalendar.Baseline;

    public WorkingDayCalendar Current => calendar;

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    /// <summary>What a request needs to move its clocks for a council, now.</summary>
    public ClockContext ClockFor(Council council) => new(calendar, council.Nation, NowUtc);

    public ClockContext ClockFor(Nation nation) => new(calendar, nation, NowUtc);

    /// <summary>Reads the stored holidays (if any) over the shipped baseline.</summary>
    public async Task RefreshAsync(FrontDoorDb db, CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<StoredBankHolidays>().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Key == StoredBankHolidays.SingletonKey, cancellationToken);
        if (stored is null)
        {
            calendar = WorkingDayCalendar.Baseline;
            return;
        }

        var parsed = BankHolidayFile.Parse(stored.Json);
        calendar = parsed.Succeeded
            ? new WorkingDayCalendar(BankHolidayFile.Baseline.MergedWith(parsed.Value))
            : throw new InvalidOperationException($"The stored bank holidays cannot be read: {parsed.Error!.Message}");
    }
}
