using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Staff.Workspace;

/// <summary>The staff home page: what each role does first.</summary>
public sealed class IndexModel(FrontDoorDb db) : StaffPageModel
{
    public int MyOpen { get; private set; }

    public int TeamOpen { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staffId = Staff.StaffId;
        var teamId = Staff.TeamId;
        var open = db.Set<ServiceRequest>().AsNoTracking().Where(r => r.CouncilId == Staff.CouncilId && r.Status != RequestStatus.Closed);
        MyOpen = await open.CountAsync(r => r.OfficerId == staffId, cancellationToken);
        TeamOpen = await open.CountAsync(r => r.TeamId == teamId, cancellationToken);
    }
}
