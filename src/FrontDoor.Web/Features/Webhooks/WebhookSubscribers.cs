using System.Collections.Concurrent;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// The live subscriptions of each council, read at most every <see cref="CacheFor"/> so that a request change costs no
/// extra query when nobody subscribes. A subscription made or cancelled shows at once on the instance that made it.
/// </summary>
public sealed class WebhookSubscribers(TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<Guid, (IReadOnlyList<WebhookSubscription> Live, DateTime Until)> councils = new();

    public async Task<IReadOnlyList<WebhookSubscription>> For(FrontDoorDb db, Guid councilId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (councils.TryGetValue(councilId, out var cached) && cached.Until > now)
        {
            return cached.Live;
        }

        var live = await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(s => s.CouncilId == councilId && s.CancelledUtc == null)
            .ToListAsync(cancellationToken);
        councils[councilId] = (live, now + CacheFor);
        return live;
    }

    public void Forget(Guid councilId) => councils.TryRemove(councilId, out _);
}
