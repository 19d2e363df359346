using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// Lets a guest (no account) follow their request: a link with a random 32-byte token, stored only as its hash,
/// unrelated to the reference (which is read over the phone and printed, so must not open anything), and expiring.
/// </summary>
public sealed class GuestTrackingLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid RequestId { get; init; }

    public required string TokenHash { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime ExpiresUtc { get; init; }
}

internal sealed class GuestTrackingLinkMapping : IEntityTypeConfiguration<GuestTrackingLink>
{
    public void Configure(EntityTypeBuilder<GuestTrackingLink> builder)
    {
        builder.ToTable("GuestTrackingLinks");
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.RequestId);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
    }
}
