using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Portal;
using FrontDoor.Web.Features.Shared.Govuk;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Account.MyAccount;

/// <summary>
/// One of the resident's requests: status, officer, date, public history; send a message; say the work was not done
/// (reopen, within the council's window). Every query filters by the signed-in resident: anyone else's request is a 404.
/// </summary>
[Authorize]
public sealed class RequestModel(FrontDoorDb db, RequestChanges changes, ReopenRequest.Handler reopen) : PageModel
{
    public ResidentRequestView View { get; private set; } = null!;

    [BindProperty] public string? Message { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await Load(reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMessageAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await Load(reference, cancellationToken))
        {
            return NotFound();
        }

        var actor = Actor.Resident(ResidentClaims.CustomerIdOf(User));
        var sent = await changes.Apply(View.Reference, null, (request, _, clock) => request.AddResidentMessage(Message, actor, clock), cancellationToken);
        return await After(sent.Error, reference, "message-sent", cancellationToken);
    }

    public async Task<IActionResult> OnPostReopenAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await Load(reference, cancellationToken))
        {
            return NotFound();
        }

        var reopened = await reopen.Handle(new ReopenRequest.Command(View.Reference, null, Reason, Actor.Resident(ResidentClaims.CustomerIdOf(User))), cancellationToken);
        return await After(reopened.Error, reference, "reopened", cancellationToken);
    }

    private async Task<IActionResult> After(FrontDoor.Domain.Results.Error? error, string reference, string done, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            GovukErrors.Add(ModelState, error, done == "reopened" ? "reason" : "message");
            await Load(reference, cancellationToken);
            return Page();
        }

        TempData["done"] = done;
        return Redirect($"/account/requests/{View.Reference}");
    }

    private async Task<bool> Load(string reference, CancellationToken cancellationToken)
    {
        var customerId = ResidentClaims.CustomerIdOf(User);
        var parsed = RequestReference.Parse(reference);
        if (customerId is null || !parsed.Succeeded)
        {
            return false;
        }

        var canonical = parsed.Value.Value;
        var view = await ResidentRequestView.Find(db, r => r.Reference == canonical && r.CustomerId == customerId, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        Done = TempData["done"] as string;
        return true;
    }
}
