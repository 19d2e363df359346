using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Audit;

/// <summary>
/// One thing a staff member saw or changed: who, when, what, which record, from which address. Append-only: the
/// <see cref="AuditTrail"/> interceptor refuses any update or delete of a row. Detail names actions and references,
/// never a resident's personal data, so the log can be shown to an administrator and kept for as long as policy says.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? CouncilId { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>The staff member, or null when nobody signed in (a failed sign-in).</summary>
    public Guid? StaffId { get; init; }

    public required string StaffName { get; init; }

    /// <summary>One of <see cref="AuditAction"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The kind of record: Customer, ServiceRequest, Contact, StaffAccount...</summary>
    public required string EntityType { get; init; }

    /// <summary>The record's id, or a request's reference.</summary>
    public string? EntityId { get; init; }

    /// <summary>What happened in a few words (the request history actions, the page viewed); no personal data.</summary>
    public string? Detail { get; init; }

    public string? IpAddress { get; init; }
}

public static class AuditAction
{
    public const string Viewed = "viewed";
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Deleted = "deleted";
    public const string Searched = "searched";
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignedOut = "signed-out";

    public static IReadOnlyList<string> All { get; } = [Viewed, Created, Changed, Deleted, Searched, SignedIn, SignInFailed, SignedOut];
}

internal sealed class AuditEntryMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.StaffId, a.AtUtc });
        builder.HasIndex(a => new { a.EntityId, a.AtUtc });
        builder.Property(a => a.StaffName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Detail).HasMaxLength(500);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
    }
}
