using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Notifications.Inbound;

/// <summary>
/// An email read from the shared mailbox: what it was (a reply on a request, a new enquiry, an automatic reply, a
/// bounce, a loop), the request it landed on, and its attachments. The contact log links to these rows.
/// </summary>
public sealed class InboundEmail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    /// <summary>The email's Message-ID: reading the same email twice (after a crash) finds it and does nothing.</summary>
    public required string MessageId { get; init; }

    public required string FromAddress { get; init; }

    public string? FromName { get; init; }

    public string Subject { get; init; } = "";

    public string Body { get; init; } = "";

    public DateTime ReceivedUtc { get; init; }

    /// <summary>One of <see cref="InboundKind"/>.</summary>
    public required string Kind { get; set; }

    public Guid? RequestId { get; set; }

    /// <summary>Why it was not added to a request, or what went wrong; never personal data.</summary>
    public string? Note { get; set; }

    public List<InboundAttachment> Attachments { get; init; } = [];
}

public static class InboundKind
{
    /// <summary>Carried a valid reference: added to that request as the resident's message.</summary>
    public const string Reply = "reply";

    /// <summary>No reference: a new request in the triage queue.</summary>
    public const string NewRequest = "new-request";
    public const string AutoReply = "auto-reply";
    public const string Bounce = "bounce";
    public const string Loop = "loop";

    /// <summary>Too many emails from one sender in an hour: kept for staff, not answered.</summary>
    public const string RateLimited = "rate-limited";
    public const string NotProcessed = "not-processed";

    public static bool IsAnswered(string kind) => kind is Reply or NewRequest;
}

/// <summary>A file that came with an inbound email. Refused files are listed (name, type, size, reason) without their content.</summary>
public sealed class InboundAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid InboundEmailId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long SizeBytes { get; init; }

    public byte[]? Content { get; init; }

    public string? RefusedBecause { get; init; }
}

internal sealed class InboundEmailMapping : IEntityTypeConfiguration<InboundEmail>
{
    public void Configure(EntityTypeBuilder<InboundEmail> builder)
    {
        builder.ToTable("InboundEmails");
        builder.HasIndex(e => new { e.CouncilId, e.MessageId }).IsUnique();
        builder.HasIndex(e => new { e.FromAddress, e.ReceivedUtc });
        builder.HasIndex(e => e.RequestId);
        builder.Property(e => e.MessageId).HasMaxLength(500);
        builder.Property(e => e.FromAddress).HasMaxLength(320);
        builder.Property(e => e.FromName).HasMaxLength(200);
        builder.Property(e => e.Subject).HasMaxLength(500);
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.InboundEmailId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InboundAttachmentMapping : IEntityTypeConfiguration<InboundAttachment>
{
    public void Configure(EntityTypeBuilder<InboundAttachment> builder)
    {
        builder.ToTable("InboundAttachments");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(128);
        builder.Property(a => a.RefusedBecause).HasMaxLength(500);
    }
}
