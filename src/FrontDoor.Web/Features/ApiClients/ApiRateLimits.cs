using System.Threading.RateLimiting;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>
/// Each key gets its own allowance of calls a minute (a sliding window in six 10-second steps), held in memory on
/// each instance: with N instances behind a balancer a client can make up to N times its allowance, which is fine
/// for protecting the service from a runaway client.
/// </summary>
public sealed class ApiRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<CallingClient> limiter = PartitionedRateLimiter.Create<CallingClient, (Guid, int)>(client =>
        RateLimitPartition.GetSlidingWindowLimiter((client.Id, client.RequestsPerMinute), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, client.RequestsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when the call may go ahead; false when the client should slow down (HTTP 429).</summary>
    public bool TryTake(CallingClient client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
