using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Catalogue.Portal;

/// <summary>Every service of the council, grouped by resident need.</summary>
public sealed class ServicesModel(FrontDoorDb db, IConfiguration configuration) : PageModel
{
    public string CouncilName { get; private set; } = "";

    public IReadOnlyList<NeedGroup> Needs { get; private set; } = [];

    public sealed record NeedGroup(string Name, string Summary, IReadOnlyList<ServiceLine> Services);

    public sealed record ServiceLine(string Code, string Name, string Summary, int ResolveWorkingDays);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var code = configuration["Council:Code"] ?? "thameside";
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        CouncilName = council?.Name ?? "";
        if (council is null)
        {
            return;
        }

        var needs = await db.Set<Need>().AsNoTracking()
            .Where(n => n.CouncilId == council.Id)
            .OrderBy(n => n.Order)
            .Select(n => new
            {
                n.Name,
                n.Summary,
                Services = n.Services.Where(s => s.Active).OrderBy(s => s.Name)
                    .Select(s => new ServiceLine(s.Code, s.Name, s.Summary,
                        s.Timescales.Where(t => t.Channel == ServiceTimescale.AnyChannel).Select(t => t.ResolveWorkingDays).FirstOrDefault()))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        Needs = needs.Select(n => new NeedGroup(n.Name, n.Summary, n.Services)).ToList();
    }
}
