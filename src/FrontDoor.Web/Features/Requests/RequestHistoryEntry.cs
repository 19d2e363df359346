using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// One change to a request: who, when, what, from and to which status, the note the resident sees and the internal note
/// they never see. Append-only: nothing updates or deletes a history row.
/// </summary>
public sealed class RequestHistoryEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RequestId { get; init; }

    public Guid CouncilId { get; init; }

    /// <summary>1 for the first row of a request, then 2, 3...: the order of events even within one millisecond.</summary>
    public int Sequence { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>One of <see cref="HistoryAction"/>.</summary>
    public required string Action { get; init; }

    public string? FromStatus { get; init; }

    public string? ToStatus { get; init; }

    public required string ActorKind { get; init; }

    public Guid? ActorId { get; init; }

    public required string ActorName { get; init; }

    /// <summary>Shown to the resident (on their pages, in messages and on public APIs).</summary>
    public string? PublicNote { get; init; }

    /// <summary>Staff only. Never reaches a resident page, message or public API.</summary>
    public string? InternalNote { get; init; }

    /// <summary>Whether the resident sees that this change happened (its public note, status and time).</summary>
    public bool VisibleToResident { get; init; }
}

/// <summary>What a history row records.</summary>
public static class HistoryAction
{
    public const string Submitted = "submitted";
    public const string StatusChanged = "status-changed";
    public const string Assigned = "assigned";
    public const string PublicUpdate = "public-update";
    public const string InternalNote = "internal-note";
    public const string Paused = "paused";
    public const string Resumed = "resumed";
    public const string Extended = "extended";
    public const string Closed = "closed";
    public const string Reopened = "reopened";
    public const string DuplicateLinked = "duplicate-linked";
    public const string ResidentMessage = "resident-message";
}

internal sealed class RequestHistoryEntryMapping : IEntityTypeConfiguration<RequestHistoryEntry>
{
    public void Configure(EntityTypeBuilder<RequestHistoryEntry> builder)
    {
        builder.ToTable("RequestHistory");
        builder.HasIndex(h => new { h.RequestId, h.Sequence }).IsUnique();
        builder.Property(h => h.Action).HasMaxLength(32);
        builder.Property(h => h.FromStatus).HasMaxLength(32);
        builder.Property(h => h.ToStatus).HasMaxLength(32);
        builder.Property(h => h.ActorKind).HasMaxLength(16);
        builder.Property(h => h.ActorName).HasMaxLength(200);
    }
}
