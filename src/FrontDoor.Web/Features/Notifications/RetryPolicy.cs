namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// Exponential backoff: 30 s, 1 min, 2 min, 4 min... capped at an hour, with up to 10% jitter taken from the message
/// id (so a crowd of messages that failed together does not retry together, yet the same message always waits the same).
/// </summary>
public static class RetryPolicy
{
    public static TimeSpan Delay(int attemptsSoFar, Guid messageId, DispatcherOptions options, TimeSpan? providerAsked = null)
    {
        var exponent = Math.Clamp(attemptsSoFar - 1, 0, 30);
        var seconds = Math.Min(options.FirstRetrySeconds * Math.Pow(2, exponent), options.MaxRetrySeconds);
        var jitter = (messageId.GetHashCode() & 0xFFFF) / (double)0xFFFF * 0.1 * seconds;
        var delay = TimeSpan.FromSeconds(seconds + jitter);
        return providerAsked is { } asked && asked > delay ? asked : delay;
    }
}
