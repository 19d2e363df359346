using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>The start button: a fresh draft for this service, then the first question (or sign-in first if the service needs it).</summary>
public sealed class StartModel(FrontDoorDb db, JourneyStore store, CurrentCouncil council) : JourneyPageModel(db, store, council)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var profile = await Councils.GetAsync(cancellationToken);
        var service = await Db.Set<Service>().AsNoTracking().Include(s => s.Questions)
            .FirstOrDefaultAsync(s => s.CouncilId == profile.Id && s.Code == code && s.Active, cancellationToken);
        if (service is null)
        {
            return NotFound();
        }

        if (service.SignInRequired && !SignedIn)
        {
            return Redirect($"/account/sign-in?returnUrl={Uri.EscapeDataString($"/services/{code}/start")}");
        }

        await Store.Start(HttpContext, code, cancellationToken);
        var first = service.Questions.OrderBy(q => q.Order).FirstOrDefault();
        return Redirect(first is not null ? $"/services/{code}/questions/{first.Code}"
            : service.LocationRequired ? $"/services/{code}/{LocationStep}"
            : SignedIn ? $"/services/{code}/{CheckStep}" : $"/services/{code}/{ContactStep}");
    }
}
