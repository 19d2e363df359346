using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Notifications.Templates;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications.Workspace;

/// <summary>Every message FrontDoor sends, by event, language and channel, and whether the council has its own wording.</summary>
public sealed class TemplatesModel(FrontDoorDb db, IConfiguration configuration) : PageModel
{
    public sealed record Row(string Event, string Language, string Channel, bool IsCustom);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var code = configuration["Council:Code"] ?? "thameside";
        var custom = await db.Set<MessageTemplate>().AsNoTracking()
            .Where(t => db.Set<Council>().Any(c => c.Id == t.CouncilId && c.Code == code))
            .Select(t => new { t.Event, t.Language, t.Channel }).ToListAsync(cancellationToken);
        Rows = (from e in NotificationEvent.All
                from l in DefaultTemplates.Languages
                from c in MessageChannel.All
                select new Row(e, l, c, custom.Any(t => t.Event == e && t.Language == l && t.Channel == c))).ToList();
    }

    public static string LanguageName(string language) => language switch
    {
        "bn" => "Bengali",
        "so" => "Somali",
        _ => "English",
    };
}
