using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// A council's own wording for one event in one language on one channel. Without a row, FrontDoor uses its built-in
/// wording (<see cref="Templates.DefaultTemplates"/>); an administrator's edit in the workspace saves a row.
/// </summary>
public sealed class MessageTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public required string Event { get; init; }

    public required string Language { get; init; }

    public required string Channel { get; init; }

    /// <summary>Email subject and letter heading; unused for text messages.</summary>
    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>The GOV.UK Notify template id for this event, when sending through Notify.</summary>
    public string? NotifyTemplateId { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";
}

internal sealed class MessageTemplateMapping : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("MessageTemplates");
        builder.HasIndex(t => new { t.CouncilId, t.Event, t.Language, t.Channel }).IsUnique();
        builder.Property(t => t.Event).HasMaxLength(64);
        builder.Property(t => t.Language).HasMaxLength(16);
        builder.Property(t => t.Channel).HasMaxLength(16);
        builder.Property(t => t.Subject).HasMaxLength(500);
        builder.Property(t => t.Body).HasMaxLength(8000);
        builder.Property(t => t.NotifyTemplateId).HasMaxLength(64);
        builder.Property(t => t.UpdatedBy).HasMaxLength(200);
    }
}
