using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Dev;

/// <summary>The development mail sink's inbox. 404 unless DevMail:Enabled (default: Development only).</summary>
public sealed partial class MailModel(FrontDoorDb db, IConfiguration configuration, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<DevMailMessage> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("DevMail:Enabled", environment.IsDevelopment()))
        {
            return NotFound();
        }

        Messages = await db.Set<DevMailMessage>().AsNoTracking().OrderByDescending(m => m.SentUtc).Take(50).ToListAsync(cancellationToken);
        return Page();
    }

    public IEnumerable<string> LinksIn(string body) => Links().Matches(body).Select(m => m.Value);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
