using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests;

/// <summary>Names the officer dealing with a request.</summary>
public static class AssignOfficer
{
    public sealed record Command(string Reference, int? ExpectedVersion, Guid OfficerId, Actor Actor);

    public sealed class Handler(RequestChanges changes, FrontDoorDb db)
    {
        public Task<Result<ServiceRequest>> Handle(Command command, CancellationToken cancellationToken = default) =>
            changes.Apply(command.Reference, command.ExpectedVersion, async (request, _, clock) =>
            {
                var officer = await db.Set<StaffMember>().AsNoTracking()
                    .FirstOrDefaultAsync(s => s.Id == command.OfficerId && s.CouncilId == request.CouncilId && s.Active, cancellationToken);
                return officer is null
                    ? Result.Failure("Select an officer from the list", "officer")
                    : request.Assign(officer.Id, officer.DisplayName, officer.TeamId, command.Actor, clock);
            }, cancellationToken);
    }
}
