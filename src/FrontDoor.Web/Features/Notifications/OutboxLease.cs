using FrontDoor.Web.Infrastructure.Database;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// Keeps one dispatcher's claim on a batch while it sends: renews it every <see cref="DispatcherOptions.RenewEvery"/>
/// (a third of the lease), and cancels <see cref="Lost"/> when a third of the lease is all that is left since the last
/// renewal that reached the database. Sends stop on <see cref="Lost"/>, so a live dispatcher has stopped sending before
/// its claim runs out and another may take the message: two live dispatchers never send the same message at once.
/// A dispatcher that dies stops renewing, and its messages are taken over one lease after its last renewal.
/// </summary>
/// <remarks>
/// The third of the lease kept in hand is for what a timer cannot see: a renewal committed but not yet heard of, and
/// clocks on different servers that disagree (keep them within a few seconds with NTP). A process frozen for longer
/// than that (a suspended virtual machine) can still be mid-send when it wakes; the next send then carries the same
/// Message-ID or Notify reference (docs/notifications.md, "At least once").
/// </remarks>
internal sealed class OutboxLease : IAsyncDisposable
{
    private readonly IServiceScopeFactory scopes;
    private readonly string token;
    private readonly DispatcherOptions options;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly Action renewed;
    private readonly CancellationTokenSource lost;
    private readonly CancellationTokenSource stop = new();
    private Task heartbeat = Task.CompletedTask;
    private DateTime heldUntilUtc;

    private OutboxLease(IServiceScopeFactory scopes, string token, DispatcherOptions options, TimeProvider time, ILogger log, Action renewed)
    {
        this.scopes = scopes;
        this.token = token;
        this.options = options;
        this.time = time;
        this.log = log;
        this.renewed = renewed;
        lost = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
    }

    /// <summary>Cancelled when the lease may be about to run out: stop sending.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>Renews the claim now (it may have been taken a while ago) and keeps renewing it until disposed.</summary>
    public static async Task<OutboxLease> Hold(IServiceScopeFactory scopes, string token, DispatcherOptions options, TimeProvider time,
        ILogger log, Action renewed, CancellationToken cancellationToken)
    {
        var lease = new OutboxLease(scopes, token, options, time, log, renewed);
        await lease.Renew(first: true, cancellationToken);
        lease.heartbeat = lease.Beat();
        return lease;
    }

    private async Task Beat()
    {
        while (!stop.IsCancellationRequested && !lost.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.RenewEvery, time, stop.Token);
                await Renew(first: false, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be back in time for the next beat; if not, Lost stops the sends.
                log.LogWarning("Outbox: could not renew the claim on a batch ({Error}); sends stop if it stays so", ex.GetType().Name);
            }
        }
    }

    private async Task Renew(bool first, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!first && now >= heldUntilUtc - options.RenewEvery)
        {
            // Too late: the sends are being stopped, and a renewal now would only keep the messages from the next
            // dispatcher for longer.
            return;
        }

        var until = now + options.Lease;
        await using (var scope = scopes.CreateAsyncScope())
        {
            await OutboxClaims.Renew(scope.ServiceProvider.GetRequiredService<FrontDoorDb>(), token, until, cancellationToken);
        }

        heldUntilUtc = until;

        // From the moment before the UPDATE (the database may have held it a while), so the deadline is never late.
        var left = until - options.RenewEvery - time.GetUtcNow().UtcDateTime;
        if (left <= TimeSpan.Zero)
        {
            await lost.CancelAsync();
        }
        else if (!lost.IsCancellationRequested)
        {
            lost.CancelAfter(left);
        }

        renewed();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await heartbeat;
        stop.Dispose();
        lost.Dispose();
    }
}
