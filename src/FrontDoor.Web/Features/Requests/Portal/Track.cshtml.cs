using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>A guest's request, opened by its secret link. Unknown and expired links get the same 404 (nothing to probe).</summary>
public sealed class TrackModel(FrontDoorDb db, GuestTracking tracking) : PageModel
{
    public ResidentRequestView Tracked { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await tracking.RequestFor(token, cancellationToken) is not { } id
            || await ResidentRequestView.Find(db, r => r.Id == id, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        Tracked = view;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
