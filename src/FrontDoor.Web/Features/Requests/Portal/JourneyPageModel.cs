using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// What every page of the apply-or-report journey shares: the service with its questions, this browser's draft, and
/// the order of steps — one page per question, then the location (where the service needs one), then contact details
/// (guests only), then check your answers. <c>?change=true</c> sends the resident back to check answers after a step.
/// </summary>
public abstract class JourneyPageModel(FrontDoorDb db, JourneyStore store, CurrentCouncil council) : PageModel
{
    public const string CheckStep = "check";
    public const string LocationStep = "location";
    public const string ContactStep = "contact";

    public Service Service { get; private set; } = null!;

    public JourneyDraft Draft { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    protected JourneyStore Store => store;

    protected FrontDoorDb Db => db;

    protected CurrentCouncil Councils => council;

    public bool SignedIn => ResidentClaims.CustomerIdOf(User) is not null;

    /// <summary>Loads the service and draft; null when the page can go ahead, otherwise where to send the resident.</summary>
    protected async Task<IActionResult?> Load(string code, CancellationToken cancellationToken)
    {
        var profile = await council.GetAsync(cancellationToken);
        var service = await db.Set<Service>().AsNoTracking()
            .Include(s => s.Questions).Include(s => s.Timescales).Include(s => s.Team)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.CouncilId == profile.Id && s.Code == code && s.Active, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        if (await store.Current(HttpContext, code, cancellationToken) is not { } draft)
        {
            // No draft (expired, or a bookmarked page): start again from the service page rather than fail.
            return Redirect($"/services/{code}");
        }

        Draft = draft;
        if (draft.SubmittedRequestId is not null && this is not ConfirmationModel)
        {
            return Redirect($"/services/{code}/confirmation");
        }

        return null;
    }

    public List<string> Steps() =>
        Service.Questions.OrderBy(q => q.Order).Select(q => "questions/" + q.Code)
            .Concat(Service.LocationRequired ? [LocationStep] : [])
            .Concat(SignedIn ? [] : [ContactStep])
            .Append(CheckStep)
            .ToList();

    public string Href(string step) => $"/services/{Service.Code}/{step}";

    public string FirstStepHref => Href(Steps()[0]);

    protected IActionResult NextAfter(string step)
    {
        var steps = Steps();
        var next = Change ? CheckStep : steps[Math.Min(steps.IndexOf(step) + 1, steps.Count - 1)];
        return Redirect(Href(next));
    }

    public string BackHref(string step)
    {
        if (Change)
        {
            return Href(CheckStep);
        }

        var steps = Steps();
        var index = steps.IndexOf(step);
        return index <= 0 ? $"/services/{Service.Code}" : Href(steps[index - 1]);
    }
}
