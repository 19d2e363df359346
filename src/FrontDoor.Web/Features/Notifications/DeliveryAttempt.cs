using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// One try at handing a message to a provider. Written (and committed) before the provider is called, so an attempt
/// with no outcome is one whose process died mid-send: the next dispatcher knows the message may already have gone.
/// </summary>
public sealed class DeliveryAttempt
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MessageId { get; init; }

    public int Number { get; init; }

    public required string DispatcherId { get; init; }

    public DateTime StartedUtc { get; init; }

    public DateTime? FinishedUtc { get; set; }

    /// <summary>One of <see cref="AttemptOutcome"/>; null while in flight (or if the process died).</summary>
    public string? Outcome { get; set; }

    /// <summary>What the provider said, without personal data.</summary>
    public string? Detail { get; set; }
}

public static class AttemptOutcome
{
    public const string Sent = "sent";
    public const string WillRetry = "will-retry";
    public const string Failed = "failed";

    /// <summary>A later dispatcher found this attempt unfinished (the process stopped mid-send).</summary>
    public const string Abandoned = "abandoned";
}

internal sealed class DeliveryAttemptMapping : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("DeliveryAttempts");
        builder.HasIndex(a => new { a.MessageId, a.Number }).IsUnique();
        builder.Property(a => a.DispatcherId).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasMaxLength(32);
        builder.Property(a => a.Detail).HasMaxLength(1000);
    }
}
