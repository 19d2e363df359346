using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>
/// An update a client posted to a request (FixMyStreet's servicerequestupdates), under the client's own id for it:
/// FixMyStreet's <c>update_id_ext</c>, or an <c>Idempotency-Key</c> header. A client that sends the same update again
/// (it timed out waiting for the answer) gets the same update back instead of a second message on the request.
/// Saved in the same save as the update itself.
/// </summary>
public sealed class ApiUpdateReceipt
{
    public const int MaxExternalIdLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid ApiClientId { get; init; }

    /// <summary>The client's id for the update, unique per client.</summary>
    public required string ExternalId { get; init; }

    public Guid RequestId { get; init; }

    /// <summary>The history row the update made; its id is the update_id the client was given.</summary>
    public Guid HistoryEntryId { get; init; }

    public DateTime CreatedUtc { get; init; }
}

internal sealed class ApiUpdateReceiptMapping : IEntityTypeConfiguration<ApiUpdateReceipt>
{
    public void Configure(EntityTypeBuilder<ApiUpdateReceipt> builder)
    {
        builder.ToTable("ApiUpdateReceipts");
        builder.HasIndex(r => new { r.ApiClientId, r.ExternalId }).IsUnique();
        builder.Property(r => r.ExternalId).HasMaxLength(ApiUpdateReceipt.MaxExternalIdLength);
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
