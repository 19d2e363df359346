using FrontDoor.Web.Features.Notifications.Templates;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>The wording in force: the council's saved template, or FrontDoor's built-in one.</summary>
public static class TemplateStore
{
    public sealed record Wording(string Subject, string Body, string? NotifyTemplateId, bool IsCustom);

    public static async Task<Wording> Find(FrontDoorDb db, Guid councilId, string @event, string language, string channel, CancellationToken cancellationToken = default)
    {
        var saved = await db.Set<MessageTemplate>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.CouncilId == councilId && t.Event == @event && t.Language == language && t.Channel == channel, cancellationToken);
        if (saved is not null)
        {
            return new Wording(saved.Subject, saved.Body, saved.NotifyTemplateId, true);
        }

        var (subject, body) = DefaultTemplates.Find(@event, language, channel);
        return new Wording(subject, body, null, false);
    }
}
