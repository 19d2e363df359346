using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// A resident's answers while they go through a service's pages, kept on the server so nothing they type goes in a
/// URL or a cookie. The browser holds only a random token (cookie <c>frontdoor-journey</c>); the table holds its hash.
/// Drafts expire after a day; the submitted request's id is kept so the confirmation page and registration can find it.
/// </summary>
public sealed class JourneyDraft
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public required string TokenHash { get; init; }

    public required string ServiceCode { get; set; }

    /// <summary>Raw answers by question code, as posted (several values for checkboxes and dates).</summary>
    public string AnswersJson { get; set; } = "{}";

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterEmail { get; set; }

    public string? ReporterPhone { get; set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime ExpiresUtc { get; set; }

    public Guid? SubmittedRequestId { get; set; }

    public Dictionary<string, string?[]> Answers
    {
        get => JsonSerializer.Deserialize<Dictionary<string, string?[]>>(AnswersJson) ?? [];
        set => AnswersJson = JsonSerializer.Serialize(value);
    }

    public string?[] AnswerTo(string code) => Answers.GetValueOrDefault(code) ?? [];

    public void Answer(string code, string?[] values)
    {
        var answers = Answers;
        answers[code] = values;
        Answers = answers;
    }
}

internal sealed class JourneyDraftMapping : IEntityTypeConfiguration<JourneyDraft>
{
    public void Configure(EntityTypeBuilder<JourneyDraft> builder)
    {
        builder.ToTable("JourneyDrafts");
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasIndex(d => d.ExpiresUtc);
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.Property(d => d.ServiceCode).HasMaxLength(64);
        builder.Property(d => d.Postcode).HasMaxLength(10);
        builder.Property(d => d.ReporterEmail).HasMaxLength(320);
        builder.Property(d => d.ReporterPhone).HasMaxLength(32);
        builder.Ignore(d => d.Answers);
    }
}
