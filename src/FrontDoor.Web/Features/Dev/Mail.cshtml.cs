using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Dev;

/// <summary>
/// The emails FrontDoor has queued in its outbox, newest first, so a developer or tester can follow confirmation and
/// tracking links without a mail server. 404 unless DevMail:Enabled (default: Development only).
/// </summary>
public sealed partial class MailModel(FrontDoorDb db, IConfiguration configuration, IWebHostEnvironment environment) : PageModel
{
    public sealed record Mail(string To, string Subject, string Body, DateTime SentUtc);

    public IReadOnlyList<Mail> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("DevMail:Enabled", environment.IsDevelopment()))
        {
            return NotFound();
        }

        Messages = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Channel == MessageChannel.Email)
            .OrderByDescending(m => m.CreatedUtc)
            .Take(50)
            .Select(m => new Mail(m.Recipient, m.Subject, m.Body, m.CreatedUtc))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public IEnumerable<string> LinksIn(string body) => Links().Matches(body).Select(m => m.Value);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
