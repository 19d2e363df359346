namespace FrontDoor.Web.Features.Notifications;

/// <summary>Hands a message to a provider (SMTP, GOV.UK Notify, the print queue). One per channel is in use.</summary>
public interface IMessageSender
{
    /// <summary>smtp, notify, pickup or print: recorded on the message.</summary>
    string Provider { get; }

    bool Handles(string channel);

    /// <summary>
    /// Sends; expected failures are outcomes, not exceptions. <paramref name="mayHaveBeenSent"/> is true when an earlier
    /// attempt was cut off mid-send, so a provider that can look the message up by its reference should do so first.
    /// </summary>
    Task<SendOutcome> Send(OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken);
}

/// <summary>What happened when a message was handed to a provider.</summary>
public sealed record SendOutcome(SendResult Result, string? ProviderId, string Detail, TimeSpan? RetryAfter = null)
{
    public static SendOutcome Sent(string? providerId, string detail = "Accepted by the provider") => new(SendResult.Sent, providerId, detail);

    /// <summary>A letter rendered to the print queue: it is sent when staff mark it printed.</summary>
    public static SendOutcome Queued(string detail) => new(SendResult.AwaitingPrint, null, detail);

    public static SendOutcome Retry(string detail, TimeSpan? after = null) => new(SendResult.Retry, null, detail, after);

    public static SendOutcome Failed(string detail) => new(SendResult.Failed, null, detail);
}

public enum SendResult
{
    Sent,
    AwaitingPrint,
    Retry,
    Failed,
}
