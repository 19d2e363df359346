using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Feedback;

/// <summary>
/// A short survey answer: the seeds' "positive experience at first contact" (after submission) and "after closure"
/// measures, plus ease of use of the website and forms. Stored without who gave it: only the service, channel and
/// request it was about, so it can be anonymous and still be counted by service and channel.
/// </summary>
public sealed class FeedbackResponse
{
    public const string AfterSubmission = "after-submission";
    public const string AfterClosure = "after-closure";
    public const string General = "general";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid? ServiceId { get; init; }

    public Guid? RequestId { get; init; }

    public required string Channel { get; init; }

    /// <summary><see cref="AfterSubmission"/>, <see cref="AfterClosure"/> or <see cref="General"/>.</summary>
    public required string Stage { get; init; }

    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? Satisfaction { get; init; }

    /// <summary>1 (very difficult) to 5 (very easy).</summary>
    public int? EaseOfUse { get; init; }

    public string? Comments { get; init; }

    public DateTime CreatedUtc { get; init; }
}

internal sealed class FeedbackResponseMapping : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.ToTable("Feedback");
        builder.HasIndex(f => new { f.CouncilId, f.CreatedUtc });
        builder.HasIndex(f => f.ServiceId);
        builder.HasIndex(f => f.RequestId);
        builder.Property(f => f.Channel).HasMaxLength(32);
        builder.Property(f => f.Stage).HasMaxLength(32);
        builder.Property(f => f.Comments).HasMaxLength(2000);
    }
}
