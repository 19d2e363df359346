using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// Turns each new request history row the resident should hear about into an outbox message, in the same save (and so
/// the same transaction) as the change: if the change is saved the message will be sent, and if not, it never exists.
/// The Requests feature does not know notifications exist.
/// </summary>
public sealed class OutboxInterceptor(RequestMessages messages, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>
    /// History written long after the event (imported records, generated demo history) is not news to anyone: only
    /// rows stamped within this window of now are told.
    /// </summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromMinutes(10);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is FrontDoorDb db)
        {
            Enqueue(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is FrontDoorDb db)
        {
            await Enqueue(db, cancellationToken);
        }

        return result;
    }

    private async Task Enqueue(FrontDoorDb db, CancellationToken cancellationToken)
    {
        // EF detects new rows in navigation collections during the save, after this point: detect them now.
        db.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow().UtcDateTime;
        var news = db.ChangeTracker.Entries<RequestHistoryEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .Where(h => h.AtUtc > now - NewsWindow)
            .Select(h => (Entry: h, Event: EventFor(h)))
            .Where(n => n.Event is not null)
            .OrderBy(n => n.Entry.Sequence)
            .ToList();
        if (news.Count == 0)
        {
            return;
        }

        var requests = db.ChangeTracker.Entries<ServiceRequest>().Select(e => e.Entity).ToDictionary(r => r.Id);
        foreach (var (entry, @event) in news)
        {
            if (requests.TryGetValue(entry.RequestId, out var request))
            {
                await messages.Compose(db, request, @event!, entry.PublicNote, $"history:{entry.Id:N}", now, cancellationToken);
                if (entry.Action == HistoryAction.Closed)
                {
                    await TellDuplicateReporters(db, request, entry, now, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// Everyone who reported the same problem is told when the original is finished, with its completion note: their
    /// own requests were closed as duplicates before the work was done.
    /// </summary>
    private async Task TellDuplicateReporters(FrontDoorDb db, ServiceRequest original, RequestHistoryEntry entry, DateTime now, CancellationToken cancellationToken)
    {
        var duplicates = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.DuplicateOfId == original.Id && r.Id != original.Id)
            .ToListAsync(cancellationToken);
        foreach (var duplicate in duplicates)
        {
            await messages.Compose(db, duplicate, NotificationEvent.RequestClosed, entry.PublicNote,
                $"history:{entry.Id:N}:duplicate:{duplicate.Id:N}", now, cancellationToken);
        }
    }

    /// <summary>
    /// Which history rows become a message. Internal notes never do (and their text is never read here: only
    /// <see cref="RequestHistoryEntry.PublicNote"/> reaches a message). The resident's own messages and the automatic
    /// acknowledgement that follows an online request in the same moment are not news to them.
    /// </summary>
    public static string? EventFor(RequestHistoryEntry entry)
    {
        if (!entry.VisibleToResident)
        {
            return null;
        }

        return entry.Action switch
        {
            HistoryAction.Submitted => NotificationEvent.RequestReceived,
            HistoryAction.StatusChanged when entry.ToStatus != RequestStatus.Acknowledged && entry.PublicNote is not null => NotificationEvent.RequestUpdate,
            HistoryAction.Assigned => NotificationEvent.OfficerAssigned,
            HistoryAction.PublicUpdate => NotificationEvent.RequestUpdate,
            HistoryAction.Extended => NotificationEvent.RequestDelayed,
            HistoryAction.Closed or HistoryAction.DuplicateLinked => NotificationEvent.RequestClosed,
            HistoryAction.Reopened => NotificationEvent.RequestReopened,
            _ => null,
        };
    }
}
