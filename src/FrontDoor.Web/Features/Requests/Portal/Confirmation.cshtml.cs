using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>The confirmation panel: reference, date, who deals with it, what happens next, and how to follow it.</summary>
public sealed class ConfirmationModel(FrontDoorDb db, JourneyStore store, CurrentCouncil council) : JourneyPageModel(db, store, council)
{
    public ResidentRequestView Submitted { get; private set; } = null!;

    public string? TrackUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        if (Draft.SubmittedRequestId is not { } id || await ResidentRequestView.Find(Db, r => r.Id == id, cancellationToken) is not { } view)
        {
            return Redirect(Href(CheckStep));
        }

        Submitted = view;
        if (TempData.Peek(CheckModel.TrackingTokenKey) is string token)
        {
            TrackUrl = GuestTracking.UrlFor(HttpContext, token);
        }

        return Page();
    }
}
