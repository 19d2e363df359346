using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// One message to one person (email, text message or letter), written in the same transaction as the change that
/// causes it and sent later by <see cref="OutboxDispatcher"/>. The content is rendered when the message is written, so it
/// says what was true at that moment. Personal data (recipient, body): never logged, never sent as a provider reference.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    /// <summary>The request the message is about; null for account emails.</summary>
    public Guid? RequestId { get; init; }

    /// <summary>One of <see cref="NotificationEvent"/>.</summary>
    public required string Event { get; init; }

    /// <summary>One of <see cref="MessageChannel"/>.</summary>
    public required string Channel { get; init; }

    public required string Language { get; init; }

    /// <summary>Email address, phone number, or the postal address (lines separated by new lines) for a letter.</summary>
    public required string Recipient { get; init; }

    public string? RecipientName { get; init; }

    public string Subject { get; init; } = "";

    public required string Body { get; init; }

    /// <summary>The placeholder values as JSON, for providers that render their own templates (GOV.UK Notify).</summary>
    public string Personalisation { get; init; } = "{}";

    /// <summary>
    /// Unique per message that should exist once, e.g. <c>history:{entryId}</c> or <c>late:{requestId}:{dueDate}</c>:
    /// writing the same message twice fails on the unique index instead of sending twice.
    /// </summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>One of <see cref="OutboxStatus"/>.</summary>
    public string Status { get; set; } = OutboxStatus.Queued;

    public int AttemptCount { get; set; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Not sent before this instant (backoff after a failure).</summary>
    public DateTime NextAttemptUtc { get; set; }

    /// <summary>The dispatcher's claim token; the row is theirs until <see cref="ClaimExpiresUtc"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimExpiresUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public DateTime? FailedUtc { get; set; }

    /// <summary>Why it could not be delivered, in words staff understand; never personal data.</summary>
    public string? FailureReason { get; set; }

    /// <summary>smtp, notify, pickup or print.</summary>
    public string? Provider { get; set; }

    /// <summary>The provider's id for the message (Notify's notification id, the email's Message-ID).</summary>
    public string? ProviderId { get; set; }

    public List<DeliveryAttempt> Attempts { get; init; } = [];

    /// <summary>The reference sent to providers: the message id, which carries no personal data.</summary>
    public string ProviderReference => Id.ToString("N");
}

public static class OutboxStatus
{
    public const string Queued = "queued";

    /// <summary>Handed to the provider (or, for a letter, rendered to the print queue and printed).</summary>
    public const string Sent = "sent";

    /// <summary>The provider reported it reached the person.</summary>
    public const string Delivered = "delivered";

    /// <summary>A letter waiting in the print queue.</summary>
    public const string AwaitingPrint = "awaiting-print";

    /// <summary>Will not be tried again; <see cref="OutboxMessage.FailureReason"/> says why.</summary>
    public const string Failed = "failed";

    public static string Describe(string status) => status switch
    {
        Queued => "Waiting to send",
        Sent => "Sent",
        Delivered => "Delivered",
        AwaitingPrint => "Waiting to be printed",
        Failed => "Not delivered",
        _ => status,
    };
}

public static class MessageChannel
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Letter = "letter";

    public static IReadOnlyList<string> All { get; } = [Email, Sms, Letter];

    public static string Describe(string channel) => channel switch
    {
        Email => "Email",
        Sms => "Text message",
        Letter => "Letter",
        _ => channel,
    };
}

internal sealed class OutboxMessageMapping : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();

        // The dispatcher's claim query: due, queued messages in order.
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        builder.HasIndex(m => m.RequestId);
        builder.HasIndex(m => m.ProviderId);
        builder.Property(m => m.Event).HasMaxLength(64);
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.Language).HasMaxLength(16);
        builder.Property(m => m.Recipient).HasMaxLength(1000);
        builder.Property(m => m.RecipientName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200);
        builder.Property(m => m.Status).HasMaxLength(32);
        builder.Property(m => m.ClaimedBy).HasMaxLength(100).IsConcurrencyToken();
        builder.Property(m => m.FailureReason).HasMaxLength(1000);
        builder.Property(m => m.Provider).HasMaxLength(32);
        builder.Property(m => m.ProviderId).HasMaxLength(200);
        builder.HasMany(m => m.Attempts).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(m => m.ProviderReference);
    }
}
