using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// An API client's request to be told about request events at a URL. Each delivery is signed with the subscription's
/// secret (HMAC-SHA256) so the receiver can tell it came from FrontDoor. The secret has to be kept to sign with, so
/// unlike API keys it cannot be stored hashed; it is shown to the client once, when it subscribes.
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid ApiClientId { get; init; }

    public required string Url { get; init; }

    public required string Secret { get; init; }

    /// <summary>The events wanted, separated by commas; "*" for all (see <see cref="WebhookEvent"/>).</summary>
    public string Events { get; init; } = "*";

    public DateTime CreatedUtc { get; init; }

    public DateTime? CancelledUtc { get; set; }

    public bool Wants(string eventName) => Events == "*" || Events.Split(',').Contains(eventName);
}

/// <summary>The events a subscriber can ask for. None carries personal data or internal notes.</summary>
public static class WebhookEvent
{
    public const string Created = "request.created";
    public const string StatusChanged = "request.status_changed";
    public const string Updated = "request.updated";
    public const string Closed = "request.closed";
    public const string Reopened = "request.reopened";

    public static IReadOnlyList<string> All { get; } = [Created, StatusChanged, Updated, Closed, Reopened];
}

internal sealed class WebhookSubscriptionMapping : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasIndex(s => new { s.CouncilId, s.CancelledUtc });
        builder.HasIndex(s => s.ApiClientId);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.Property(s => s.Events).HasMaxLength(500);
    }
}
