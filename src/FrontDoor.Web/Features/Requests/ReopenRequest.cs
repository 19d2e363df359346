using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests;

/// <summary>The resident (or staff for them) says the work was not done: reopens within the council's window.</summary>
public static class ReopenRequest
{
    public sealed record Command(string Reference, int? ExpectedVersion, string? Reason, Actor Actor);

    public sealed class Handler(RequestChanges changes)
    {
        public Task<Result<ServiceRequest>> Handle(Command command, CancellationToken cancellationToken = default) =>
            changes.Apply(command.Reference, command.ExpectedVersion,
                (request, council, clock) => request.Reopen(command.Reason, council.ReopenWindowWorkingDays, command.Actor, clock),
                cancellationToken);
    }
}
