using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// Sends what is due in the outbox: claims a batch and holds the claim while sending (<see cref="OutboxLease"/>), and
/// for each message records the attempt (committed before the provider is called), sends, and records the outcome:
/// sent, retry later with backoff, or failed with a reason staff can see on the case. Safe to run on several instances
/// at once (see <see cref="OutboxClaims"/>). Delivery is at least once: after a crash mid-send a message is sent
/// again, with the same Message-ID or Notify reference (docs/notifications.md, "At least once").
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    NotificationsOptions options,
    TimeProvider time,
    ILogger<OutboxDispatcher> log,
    string? dispatcherId = null)
{
    public string DispatcherId { get; } = dispatcherId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    private long leaseRenewals;

    /// <summary>How many times this dispatcher has renewed a claim; tests wait on it instead of on the clock.</summary>
    public long LeaseRenewals => Interlocked.Read(ref leaseRenewals);

    public sealed record Report(int Sent, int AwaitingPrint, int Retrying, int Failed, int Skipped)
    {
        public int Total => Sent + AwaitingPrint + Retrying + Failed + Skipped;

        public Report Add(Report other) => new(Sent + other.Sent, AwaitingPrint + other.AwaitingPrint,
            Retrying + other.Retrying, Failed + other.Failed, Skipped + other.Skipped);
    }

    /// <summary>
    /// Sends every message due now, batch by batch, until none is left to claim. A batch in which nothing moved on
    /// (every message skipped, e.g. its claim was lost) ends the sweep, so a sweep can never spin and starve the web
    /// requests that share the database; what is left waits for the next poll.
    /// </summary>
    public async Task<Report> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var total = new Report(0, 0, 0, 0, 0);
        for (var batch = 0; batch < MaxBatchesPerSweep && !cancellationToken.IsCancellationRequested; batch++)
        {
            var (token, ids) = await ClaimBatchAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            var report = await SendClaimedAsync(token, ids, cancellationToken);
            total = total.Add(report);
            if (report.Total == report.Skipped)
            {
                return total;
            }
        }

        return total;
    }

    private const int MaxBatchesPerSweep = 1000;

    /// <summary>Claims up to one batch of due messages; exposed so tests can abandon a claim as a killed process would.</summary>
    public async Task<(string Token, IReadOnlyList<Guid> Ids)> ClaimBatchAsync(CancellationToken cancellationToken = default)
    {
        var token = $"{DispatcherId}/{Guid.NewGuid():N}";
        token = token.Length > 100 ? token[^100..] : token;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var ids = await OutboxClaims.Claim(db, token, time.GetUtcNow().UtcDateTime,
            options.Dispatcher.Lease, options.Dispatcher.BatchSize, cancellationToken);
        return (token, ids);
    }

    public async Task<Report> SendClaimedAsync(string token, IReadOnlyList<Guid> ids, CancellationToken cancellationToken = default)
    {
        var results = new System.Collections.Concurrent.ConcurrentBag<SendResult?>();
        await using (var lease = await OutboxLease.Hold(scopes, token, options.Dispatcher, time, log,
            () => Interlocked.Increment(ref leaseRenewals), cancellationToken))
        {
            await Parallel.ForEachAsync(ids,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Dispatcher.Parallelism), CancellationToken = cancellationToken },
                async (id, ct) => results.Add(await SendOne(id, token, lease.Lost, ct)));
        }

        return new Report(
            results.Count(r => r == SendResult.Sent),
            results.Count(r => r == SendResult.AwaitingPrint),
            results.Count(r => r == SendResult.Retry),
            results.Count(r => r == SendResult.Failed),
            results.Count(r => r is null));
    }

    private async Task<SendResult?> SendOne(Guid id, string token, CancellationToken leaseLost, CancellationToken cancellationToken)
    {
        if (leaseLost.IsCancellationRequested)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var message = await db.Set<OutboxMessage>().Include(m => m.Attempts)
            .FirstOrDefaultAsync(m => m.Id == id && m.ClaimedBy == token && m.Status == OutboxStatus.Queued, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var sender = scope.ServiceProvider.GetServices<IMessageSender>().FirstOrDefault(s => s.Handles(message.Channel));
        var cutOff = message.Attempts.Where(a => a.Outcome is null).ToList();
        foreach (var abandoned in cutOff)
        {
            abandoned.Outcome = AttemptOutcome.Abandoned;
            abandoned.Detail = "The dispatcher stopped during this attempt; the message may have reached the provider";
        }

        var attempt = new DeliveryAttempt
        {
            MessageId = message.Id,
            Number = message.Attempts.Count + 1,
            DispatcherId = DispatcherId,
            StartedUtc = time.GetUtcNow().UtcDateTime,
        };
        message.Attempts.Add(attempt);
        message.AttemptCount++;
        if (!await TrySave(db, message, cancellationToken))
        {
            return null;
        }

        SendOutcome outcome;
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, leaseLost);
        try
        {
            outcome = sender is null
                ? SendOutcome.Failed($"No provider is set up for {MessageChannel.Describe(message.Channel).ToLowerInvariant()}s")
                : await sender.Send(message, cutOff.Count > 0, sending.Token);
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The claim could not be renewed (the database did not answer in time): stop before it runs out and another
            // dispatcher takes the message. The attempt stays open, so that dispatcher knows it may have gone.
            log.LogWarning("Outbox message {MessageId}: stopped sending, the claim could not be renewed", message.Id);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Exception messages from providers can quote addresses: keep only the kind of failure.
            outcome = SendOutcome.Retry($"Unexpected {ex.GetType().Name}");
        }

        Record(message, attempt, outcome, sender?.Provider);
        return await TrySave(db, message, cancellationToken) ? Final(message, outcome) : null;
    }

    private void Record(OutboxMessage message, DeliveryAttempt attempt, SendOutcome outcome, string? provider)
    {
        var now = time.GetUtcNow().UtcDateTime;
        attempt.FinishedUtc = now;
        attempt.Detail = Trim(outcome.Detail);
        message.Provider = provider;
        message.ClaimedBy = null;
        message.ClaimExpiresUtc = null;
        switch (outcome.Result)
        {
            case SendResult.Sent:
                attempt.Outcome = AttemptOutcome.Sent;
                message.Status = OutboxStatus.Sent;
                message.SentUtc = now;
                message.ProviderId = outcome.ProviderId;
                break;
            case SendResult.AwaitingPrint:
                attempt.Outcome = AttemptOutcome.Sent;
                message.Status = OutboxStatus.AwaitingPrint;
                break;
            case SendResult.Retry when message.AttemptCount < options.Dispatcher.MaxAttempts:
                attempt.Outcome = AttemptOutcome.WillRetry;
                message.NextAttemptUtc = now + RetryPolicy.Delay(message.AttemptCount, message.Id, options.Dispatcher, outcome.RetryAfter);
                break;
            default:
                attempt.Outcome = AttemptOutcome.Failed;
                message.Status = OutboxStatus.Failed;
                message.FailedUtc = now;
                message.FailureReason = Trim(outcome.Result == SendResult.Retry
                    ? $"Not delivered after {message.AttemptCount} tries. Last: {outcome.Detail}"
                    : outcome.Detail);
                break;
        }
    }

    private static SendResult Final(OutboxMessage message, SendOutcome outcome) =>
        message.Status == OutboxStatus.Failed ? SendResult.Failed : outcome.Result;

    /// <summary>Saves only while this dispatcher still holds the claim (the claim token is the concurrency token).</summary>
    private async Task<bool> TrySave(FrontDoorDb db, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogWarning("Outbox message {MessageId}: the claim expired and another dispatcher took it", message.Id);
            return false;
        }
    }

    private static string Trim(string text) => text.Length <= 1000 ? text : text[..1000];
}

/// <summary>Runs the dispatcher every few seconds (Notifications:Dispatcher:Enabled, PollSeconds).</summary>
public sealed class OutboxDispatcherLoop(OutboxDispatcher dispatcher, NotificationsOptions options, ILogger<OutboxDispatcherLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var report = await dispatcher.DispatchDueAsync(stoppingToken);
                if (report.Total > 0)
                {
                    log.LogInformation("Outbox: {Sent} sent, {Print} to print, {Retrying} to retry, {Failed} failed",
                        report.Sent, report.AwaitingPrint, report.Retrying, report.Failed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Outbox dispatch failed; trying again at the next poll");
            }

            await Task.Delay(TimeSpan.FromSeconds(options.Dispatcher.PollSeconds), stoppingToken);
        }
    }
}
