using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// Gives a request more time with a reason the resident is told — the charter's "tell you before then that it will take
/// longer and when you will hear".
/// </summary>
public static class ExtendRequest
{
    public sealed record Command(string Reference, int? ExpectedVersion, int WorkingDays, string? Reason, Actor Actor);

    public sealed class Handler(RequestChanges changes)
    {
        public Task<Result<ServiceRequest>> Handle(Command command, CancellationToken cancellationToken = default) =>
            changes.Apply(command.Reference, command.ExpectedVersion,
                (request, _, clock) => request.Extend(command.WorkingDays, command.Reason, command.Actor, clock),
                cancellationToken);
    }
}
