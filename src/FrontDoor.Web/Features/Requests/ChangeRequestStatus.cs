using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests;

/// <summary>Moves a request along its lifecycle (acknowledge, start work, wait for the resident, schedule action).</summary>
public static class ChangeRequestStatus
{
    public sealed record Command(string Reference, int? ExpectedVersion, string Status, string? PublicNote, string? InternalNote, Actor Actor);

    public sealed class Handler(RequestChanges changes)
    {
        public Task<Result<ServiceRequest>> Handle(Command command, CancellationToken cancellationToken = default) =>
            changes.Apply(command.Reference, command.ExpectedVersion,
                (request, _, clock) => request.MoveTo(command.Status, command.Actor, clock, command.PublicNote, command.InternalNote),
                cancellationToken);
    }
}
