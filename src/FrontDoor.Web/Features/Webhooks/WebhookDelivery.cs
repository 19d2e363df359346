using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// One event to send to one subscriber: the outbox row, written in the same transaction as the request change that
/// caused it, so an event is never lost and never invented. A sweep claims due rows, sends them and records the result.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid SubscriptionId { get; init; }

    public required string Event { get; init; }

    /// <summary>The JSON body exactly as it will be signed and sent.</summary>
    public required string Payload { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime NextAttemptUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>Until when a sweep holds the row; another sweep may take it after that (the holder crashed).</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public Guid? ClaimToken { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    /// <summary>Set when the attempts are used up: the row stays for an administrator to see.</summary>
    public DateTime? GaveUpUtc { get; set; }

    /// <summary>The last failure, e.g. "HTTP 500" or "timed out"; never a response body.</summary>
    public string? LastError { get; set; }
}

internal sealed class WebhookDeliveryMapping : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasIndex(d => new { d.DeliveredUtc, d.GaveUpUtc, d.NextAttemptUtc });
        builder.HasIndex(d => d.SubscriptionId);
        builder.Property(d => d.Event).HasMaxLength(64);
        builder.Property(d => d.LastError).HasMaxLength(200);
    }
}
