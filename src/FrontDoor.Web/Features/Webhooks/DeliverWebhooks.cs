using System.Text;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// One pass of the sweep: claims due deliveries one by one with an atomic conditional UPDATE (only a row that is
/// unclaimed, or whose claim has lapsed, can be taken, so two instances never send the same row at the same time, on
/// SQLite or PostgreSQL), sends each, and records success, or the next attempt with exponential back-off.
/// Delivery is at least once: a crash between sending and recording means one more send, with the same
/// <c>X-FrontDoor-Delivery</c> id so the receiver can ignore it.
/// </summary>
public static class DeliverWebhooks
{
    public const int MaxAttempts = 10;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    public const string HttpClientName = "webhooks";

    /// <summary>30 s, 1 min, 2 min... capped at 6 h: about 8 hours in all before giving up.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, attempts - 1), 6 * 3600));

    public sealed class Handler(FrontDoorDb db, IHttpClientFactory http, TimeProvider time, ILogger<Handler> log)
    {
        /// <summary>Sends up to <paramref name="batch"/> due deliveries; returns how many it claimed.</summary>
        public async Task<int> SendDue(int batch = 20, CancellationToken cancellationToken = default)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var due = await db.Set<WebhookDelivery>().AsNoTracking()
                .Where(d => d.DeliveredUtc == null && d.GaveUpUtc == null && d.NextAttemptUtc <= now
                    && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < now))
                .OrderBy(d => d.NextAttemptUtc)
                .Select(d => d.Id)
                .Take(batch)
                .ToListAsync(cancellationToken);

            var claimed = 0;
            foreach (var id in due)
            {
                var token = Guid.NewGuid();
                var until = now + Lease;
                var taken = await db.Set<WebhookDelivery>()
                    .Where(d => d.Id == id && d.DeliveredUtc == null && d.GaveUpUtc == null
                        && (d.ClaimedUntilUtc == null || d.ClaimedUntilUtc < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntilUtc, until).SetProperty(d => d.ClaimToken, token), cancellationToken);
                if (taken == 1)
                {
                    claimed++;
                    await Send(id, token, cancellationToken);
                }
            }

            return claimed;
        }

        private async Task Send(Guid id, Guid token, CancellationToken cancellationToken)
        {
            var delivery = await db.Set<WebhookDelivery>().AsNoTracking().FirstAsync(d => d.Id == id, cancellationToken);
            var subscription = await db.Set<WebhookSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
            string? error;
            if (subscription is null || subscription.CancelledUtc is not null)
            {
                await Record(id, token, delivered: false, attempts: MaxAttempts, "subscription cancelled", cancellationToken);
                return;
            }

            try
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
                {
                    Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
                };
                var unix = time.GetUtcNow().ToUnixTimeSeconds();
                message.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.Secret, unix, delivery.Payload));
                message.Headers.Add("X-FrontDoor-Event", delivery.Event);
                message.Headers.Add("X-FrontDoor-Delivery", delivery.Id.ToString());
                using var response = await http.CreateClient(HttpClientName).SendAsync(message, cancellationToken);
                error = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                error = e is TaskCanceledException ? "timed out" : Trim(e.Message);
            }

            if (error is not null)
            {
                // The URL may name a person's server; log the subscription id, not the URL.
                log.LogWarning("Webhook delivery {Delivery} for subscription {Subscription} failed: {Error}", id, subscription.Id, error);
            }

            await Record(id, token, error is null, delivery.Attempts + 1, error, cancellationToken);
        }

        private async Task Record(Guid id, Guid token, bool delivered, int attempts, string? error, CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var gaveUp = !delivered && attempts >= MaxAttempts ? now : (DateTime?)null;
            var next = delivered || gaveUp is not null ? now : now + Backoff(attempts);
            await db.Set<WebhookDelivery>()
                .Where(d => d.Id == id && d.ClaimToken == token)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.DeliveredUtc, delivered ? now : null)
                    .SetProperty(d => d.GaveUpUtc, gaveUp)
                    .SetProperty(d => d.NextAttemptUtc, next)
                    .SetProperty(d => d.LastError, error)
                    .SetProperty(d => d.ClaimedUntilUtc, (DateTime?)null)
                    .SetProperty(d => d.ClaimToken, (Guid?)null), cancellationToken);
        }

        private static string Trim(string message) => message.Length > 200 ? message[..200] : message;
    }
}
