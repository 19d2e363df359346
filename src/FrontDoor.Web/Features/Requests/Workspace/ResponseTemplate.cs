using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>
/// A standard response in plain English that an officer starts a public update from, offered for a service and status
/// (either may be left open to mean "any"). Placeholders in braces are filled from the request: see <see cref="Fill"/>.
/// Per-council wording is data, so each council words its own.
/// </summary>
public sealed class ResponseTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    /// <summary>The service it is for, or null for every service.</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>The status it suits, or null for any status.</summary>
    public string? Status { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public static IReadOnlyList<string> Placeholders { get; } =
        ["{resident_name}", "{reference}", "{service}", "{officer}", "{team}", "{due_date}"];

    public sealed record Values(string? ResidentName, string Reference, string Service, string? Officer, string Team, DateOnly DueDate);

    /// <summary>The body with its placeholders filled in; an unknown name stays as typed so the officer sees it.</summary>
    public string Fill(Values values) => Body
        .Replace("{resident_name}", string.IsNullOrWhiteSpace(values.ResidentName) ? "Sir or Madam" : values.ResidentName)
        .Replace("{reference}", values.Reference)
        .Replace("{service}", values.Service.ToLowerInvariant())
        .Replace("{officer}", values.Officer ?? values.Team)
        .Replace("{team}", values.Team)
        .Replace("{due_date}", values.DueDate.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
}

internal sealed class ResponseTemplateMapping : IEntityTypeConfiguration<ResponseTemplate>
{
    public void Configure(EntityTypeBuilder<ResponseTemplate> builder)
    {
        builder.HasIndex(t => new { t.CouncilId, t.ServiceId, t.Status });
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Body).HasMaxLength(4000);
        builder.Property(t => t.Status).HasMaxLength(32);
    }
}
