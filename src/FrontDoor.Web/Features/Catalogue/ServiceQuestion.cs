using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Catalogue;

/// <summary>
/// One question of a service's form, shown one per page. Rich enough to produce an Open311 service definition:
/// datatype, required, order, description (hint) and values (options).
/// </summary>
public sealed class ServiceQuestion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ServiceId { get; init; }

    /// <summary>Stable code within the service, e.g. <c>bin-type</c>; the Open311 attribute code.</summary>
    public required string Code { get; init; }

    public required string Text { get; set; }

    public string? Hint { get; set; }

    /// <summary>One of <see cref="QuestionType"/>.</summary>
    public required string Type { get; set; }

    public bool Required { get; set; }

    public int Order { get; set; }

    /// <summary>The choices for single- and multiple-choice questions, in order.</summary>
    public List<QuestionOption> Options { get; set; } = [];
}

public sealed class QuestionOption
{
    public required string Value { get; set; }

    public required string Label { get; set; }
}

/// <summary>The kinds of answer a question takes.</summary>
public static class QuestionType
{
    public const string ShortText = "short-text";
    public const string LongText = "long-text";
    public const string Number = "number";
    public const string Date = "date";
    public const string SingleChoice = "single-choice";
    public const string MultipleChoice = "multiple-choice";

    public static IReadOnlyList<string> All { get; } = [ShortText, LongText, Number, Date, SingleChoice, MultipleChoice];

    public static bool IsChoice(string type) => type is SingleChoice or MultipleChoice;
}

internal sealed class ServiceQuestionMapping : IEntityTypeConfiguration<ServiceQuestion>
{
    public void Configure(EntityTypeBuilder<ServiceQuestion> builder)
    {
        builder.HasIndex(q => new { q.ServiceId, q.Code }).IsUnique();
        builder.Property(q => q.Code).HasMaxLength(64);
        builder.Property(q => q.Type).HasMaxLength(32);
        builder.OwnsMany(q => q.Options, o => o.ToJson());
    }
}
