using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>
/// How a request arrived through the API: which client sent it, with which Idempotency-Key and payload (so a retry
/// gets the same request back instead of a second one), and the Open311 fields FrontDoor keeps but requests do not
/// have (media_url, address_id). Written in the same transaction as the request.
/// </summary>
public sealed class ApiSubmission
{
    /// <summary>How long a retry without an Idempotency-Key is recognised by its client and payload.</summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromMinutes(10);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid RequestId { get; init; }

    public required string RequestReference { get; init; }

    public Guid ServiceId { get; init; }

    public Guid ApiClientId { get; init; }

    /// <summary>The client's Idempotency-Key header, unique per client; also the Open311 token for the request.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>SHA-256 of the submitted fields (without the api_key), in order.</summary>
    public required string PayloadHash { get; init; }

    /// <summary>
    /// The <see cref="RetryWindow"/>-long slot the request arrived in. Unique with client and payload, so two copies
    /// sent at the same moment cannot both be stored (the earlier copy is looked up across the window, so a legitimate
    /// repeat after the window always lands in a later slot).
    /// </summary>
    public long WindowSlot { get; init; }

    public string? MediaUrl { get; init; }

    public string? AddressId { get; init; }

    public DateTime CreatedUtc { get; init; }

    public static long SlotOf(DateTime utc) => utc.Ticks / RetryWindow.Ticks;
}

internal sealed class ApiSubmissionMapping : IEntityTypeConfiguration<ApiSubmission>
{
    public void Configure(EntityTypeBuilder<ApiSubmission> builder)
    {
        builder.ToTable("ApiSubmissions");
        builder.HasIndex(s => s.RequestId).IsUnique();
        builder.HasIndex(s => new { s.ApiClientId, s.IdempotencyKey }).IsUnique();
        builder.HasIndex(s => new { s.ApiClientId, s.PayloadHash, s.WindowSlot }).IsUnique();
        builder.HasIndex(s => new { s.CouncilId, s.IdempotencyKey });
        builder.Property(s => s.RequestReference).HasMaxLength(16);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(200);
        builder.Property(s => s.PayloadHash).HasMaxLength(64);
        builder.Property(s => s.MediaUrl).HasMaxLength(2000);
        builder.Property(s => s.AddressId).HasMaxLength(100);
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
