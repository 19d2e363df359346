using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Portal;
using FrontDoor.Web.Features.Shared;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Feedback;

/// <summary>
/// The 30-second survey. Every question is optional except one of the three. It is tied to a request only when this
/// browser made it (the journey draft) or the signed-in resident owns it, so nobody can post feedback on others' requests.
/// </summary>
public sealed class GiveFeedbackModel(FrontDoorDb db, CurrentCouncil council, JourneyStore journeys, TimeProvider time, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Service { get; set; }

    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "request")] public string? RequestReference { get; set; }

    [BindProperty] public int? Satisfaction { get; set; }

    [BindProperty] public int? EaseOfUse { get; set; }

    [BindProperty] public string? Comments { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Satisfaction is null && EaseOfUse is null && string.IsNullOrWhiteSpace(Comments))
        {
            ModelState.AddModelError("satisfaction", text["Answer at least one question"]);
        }

        if (Satisfaction is < 1 or > 5) { ModelState.AddModelError("satisfaction", text["Select how satisfied you are"]); }
        if (EaseOfUse is < 1 or > 5) { ModelState.AddModelError("easeOfUse", text["Select how easy it was"]); }
        if (Comments is { Length: > 2000 }) { ModelState.AddModelError("comments", text["Your comments must be 2,000 characters or fewer"]); }
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var profile = await council.GetAsync(cancellationToken);
        var serviceId = await db.Set<Service>().Where(s => s.CouncilId == profile.Id && s.Code == Service).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        db.Add(new FeedbackResponse
        {
            CouncilId = profile.Id,
            ServiceId = serviceId,
            RequestId = await RequestThisResidentMade(cancellationToken),
            Channel = Channel.Web,
            Stage = Stage is FeedbackResponse.AfterSubmission or FeedbackResponse.AfterClosure ? Stage : FeedbackResponse.General,
            Satisfaction = Satisfaction,
            EaseOfUse = EaseOfUse,
            Comments = string.IsNullOrWhiteSpace(Comments) ? null : Comments.Trim(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        Sent = true;
        return Page();
    }

    private async Task<Guid?> RequestThisResidentMade(CancellationToken cancellationToken)
    {
        if (ResidentClaims.CustomerIdOf(User) is { } customerId && FrontDoor.Domain.References.RequestReference.Parse(RequestReference) is { Succeeded: true } reference)
        {
            var canonical = reference.Value.Value;
            return await db.Set<ServiceRequest>().Where(r => r.Reference == canonical && r.CustomerId == customerId)
                .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return (await journeys.Current(HttpContext, Service, cancellationToken))?.SubmittedRequestId;
    }
}
