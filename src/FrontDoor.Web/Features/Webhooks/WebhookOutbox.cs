using System.Text.Json;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Api;
using FrontDoor.Web.Features.Requests.Api.Open311;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// Writes the outbox: whenever a save adds history rows to requests, on any channel and through any use case, this
/// adds a <see cref="WebhookDelivery"/> for each live subscription to the same save, so the event and the change are
/// committed together or not at all. Internal notes, residents' own messages and requests in sensitive services
/// never make an event.
/// </summary>
public sealed class WebhookOutbox(WebhookSubscribers subscribers, ServiceDirectory services, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is FrontDoorDb db)
        {
            await Write(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is FrontDoorDb db)
        {
            Write(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task Write(FrontDoorDb db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries<RequestHistoryEntry>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .Where(h => h.VisibleToResident && h.Action is not (HistoryAction.InternalNote or HistoryAction.ResidentMessage))
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        Dictionary<Guid, ServiceRequest>? requests = null;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var council in added.GroupBy(h => h.CouncilId))
        {
            var live = await subscribers.For(db, council.Key, cancellationToken);
            if (live.Count == 0)
            {
                continue;
            }

            requests ??= db.ChangeTracker.Entries<ServiceRequest>().ToDictionary(e => e.Entity.Id, e => e.Entity);
            foreach (var entry in council.OrderBy(h => h.Sequence))
            {
                if (!requests.TryGetValue(entry.RequestId, out var request)
                    || await services.Find(db, council.Key, request.ServiceId, cancellationToken) is not { Sensitive: false } service)
                {
                    continue;
                }

                var name = EventFor(entry.Action);
                var payload = JsonSerializer.Serialize(Payload(entry, request, service, name), Json);
                foreach (var subscription in live.Where(s => s.Wants(name)))
                {
                    db.Add(new WebhookDelivery
                    {
                        CouncilId = council.Key,
                        SubscriptionId = subscription.Id,
                        Event = name,
                        Payload = payload,
                        CreatedUtc = now,
                        NextAttemptUtc = now,
                    });
                }
            }
        }
    }

    public static string EventFor(string action) => action switch
    {
        HistoryAction.Submitted => WebhookEvent.Created,
        HistoryAction.StatusChanged or HistoryAction.Paused or HistoryAction.Resumed => WebhookEvent.StatusChanged,
        HistoryAction.Closed or HistoryAction.DuplicateLinked => WebhookEvent.Closed,
        HistoryAction.Reopened => WebhookEvent.Reopened,
        _ => WebhookEvent.Updated,
    };

    private static object Payload(RequestHistoryEntry entry, ServiceRequest request, ServiceFacts service, string name) => new
    {
        Id = entry.Id.ToString(),
        Event = name,
        OccurredAt = W3cDateTime.Format(entry.AtUtc),
        Request = new
        {
            ServiceRequestId = request.Reference,
            ServiceCode = service.Code,
            ServiceName = service.Name,
            Status = request.Status,
            Open311Status = Open311Status.Of(request.Status),
            ExtendedStatus = Open311Status.Extended(request.Status, request.ClosureReason),
            ClosureReason = request.ClosureReason,
            UpdatedDatetime = W3cDateTime.Format(request.UpdatedUtc),
            ExpectedDatetime = W3cDateTime.EndOfDay(request.ResolveClock.DueDate),
        },
        Update = new
        {
            entry.Sequence,
            entry.Action,
            FromStatus = entry.FromStatus,
            ToStatus = entry.ToStatus,
            Description = entry.PublicNote,
        },
    };
}
