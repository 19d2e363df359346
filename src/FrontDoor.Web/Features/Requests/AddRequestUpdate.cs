using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests;

/// <summary>Adds a public update (the resident sees it) or an internal note (staff only) — never both in one row.</summary>
public static class AddRequestUpdate
{
    public sealed record Command(string Reference, int? ExpectedVersion, string? Text, bool IsPublic, Actor Actor);

    public sealed class Handler(RequestChanges changes)
    {
        public Task<Result<ServiceRequest>> Handle(Command command, CancellationToken cancellationToken = default) =>
            changes.Apply(command.Reference, command.ExpectedVersion,
                (request, _, clock) => command.IsPublic
                    ? request.AddPublicUpdate(command.Text, command.Actor, clock)
                    : request.AddInternalNote(command.Text, command.Actor, clock),
                cancellationToken);
    }
}
