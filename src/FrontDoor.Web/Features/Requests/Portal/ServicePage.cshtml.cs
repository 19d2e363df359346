using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// A service's start page: what it is for, what you need, how long it takes in working days and as a date (from the
/// service's online timescale and the council's calendar, counted from now), any fee, other ways to get help.
/// </summary>
public sealed class ServicePageModel(FrontDoorDb db, CurrentCouncil councils, CouncilCalendar calendar, TimeProvider time, IMemoryCache cache) : PageModel
{
    public Service Service { get; private set; } = null!;

    public CouncilProfile Council { get; private set; } = null!;

    public int WorkingDays { get; private set; }

    public DateOnly? ExpectedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Council = await councils.GetAsync(cancellationToken);
        // Service pages are read far more than the catalogue changes: keep each for a minute, like the catalogue index.
        // Unknown codes are not cached, so requests for made-up services cannot fill the cache.
        var key = $"service-page:{Council.Id}:{code}";
        if (!cache.TryGetValue(key, out Service? service))
        {
            service = await db.Set<Service>().AsNoTracking().Include(s => s.Timescales).Include(s => s.Team)
                .FirstOrDefaultAsync(s => s.CouncilId == Council.Id && s.Code == code && s.Active, cancellationToken);
            if (service is not null)
            {
                cache.Set(key, service, TimeSpan.FromMinutes(1));
            }
        }

        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        WorkingDays = service.TimescaleFor(Channel.Web).ResolveWorkingDays;
        var due = calendar.Current.DueDate(Council.Nation, time.GetUtcNow().UtcDateTime, WorkingDays);
        ExpectedBy = due.Succeeded ? due.Value : null;
        return Page();
    }
}
