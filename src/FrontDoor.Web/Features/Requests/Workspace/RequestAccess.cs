using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>Whether a staff member may do something to a particular request: their role, and for team work, its team.</summary>
public sealed class RequestAccess(FrontDoorDb db)
{
    public async Task<bool> Can(StaffUser user, StaffPermission permission, string reference, CancellationToken cancellationToken = default)
    {
        if (!user.Can(permission))
        {
            return false;
        }

        var parsed = RequestReference.Parse(reference);
        if (!parsed.Succeeded)
        {
            return false;
        }

        var team = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.Reference == parsed.Value.Value && r.CouncilId == user.CouncilId)
            .Select(r => (Guid?)r.TeamId).FirstOrDefaultAsync(cancellationToken);
        return team is { } teamId && user.Can(permission, teamId);
    }

    /// <summary>The officers a request can be assigned to: active staff who work cases in its team.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> OfficersOf(Guid councilId, Guid teamId, CancellationToken cancellationToken = default) =>
        (await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.CouncilId == councilId && s.TeamId == teamId && s.Active
                && (s.Role == StaffRole.CaseOfficer || s.Role == StaffRole.TeamLeader))
            .OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken))
        .Select(s => (s.Id, s.DisplayName)).ToList();
}
