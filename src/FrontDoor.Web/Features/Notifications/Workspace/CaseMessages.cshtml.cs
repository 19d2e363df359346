using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications.Workspace;

/// <summary>
/// Every message sent about one request, with its state and, for those not delivered, why: staff can see when a
/// resident was not told and reach them another way. Without a reference, every message not delivered.
/// </summary>
public sealed class CaseMessagesModel(FrontDoorDb db) : PageModel
{
    public sealed record Line(Guid Id, string Event, string Channel, string Status, DateTime CreatedUtc, DateTime? SentUtc, int Attempts, string? FailureReason, string? Reference);

    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public string? Display { get; private set; }

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<OutboxMessage>().AsNoTracking();
        if (Reference is not null)
        {
            var parsed = RequestReference.Parse(Reference);
            if (!parsed.Succeeded)
            {
                return NotFound();
            }

            Display = parsed.Value.Display;
            var requestId = await db.Set<ServiceRequest>().Where(r => r.Reference == parsed.Value.Value).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (requestId is null)
            {
                return NotFound();
            }

            query = query.Where(m => m.RequestId == requestId);
        }
        else
        {
            query = query.Where(m => m.Status == OutboxStatus.Failed);
        }

        Lines = await query.OrderByDescending(m => m.CreatedUtc).Take(500)
            .Select(m => new Line(m.Id, m.Event, m.Channel, m.Status, m.CreatedUtc, m.SentUtc, m.AttemptCount, m.FailureReason,
                db.Set<ServiceRequest>().Where(r => r.Id == m.RequestId).Select(r => r.Reference).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
