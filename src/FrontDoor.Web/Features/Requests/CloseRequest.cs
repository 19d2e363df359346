using FrontDoor.Domain.References;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests;

/// <summary>Closes a request with a reason; completed needs a completion note; duplicate links the original.</summary>
public static class CloseRequest
{
    public sealed record Command(
        string Reference,
        int? ExpectedVersion,
        string Reason,
        string? CompletionNote,
        string? DuplicateOfReference,
        string? InternalNote,
        Actor Actor);

    public sealed class Handler(RequestChanges changes, FrontDoorDb db)
    {
        public Task<Result<ServiceRequest>> Handle(Command command, CancellationToken cancellationToken = default) =>
            changes.Apply(command.Reference, command.ExpectedVersion, async (request, _, clock) =>
            {
                Guid? original = null;
                if (command.Reason == ClosureReason.Duplicate)
                {
                    var found = await FindOriginal(command.DuplicateOfReference, request, cancellationToken);
                    if (!found.Succeeded)
                    {
                        return found.Error!;
                    }

                    original = found.Value;
                }

                return request.Close(command.Reason, command.CompletionNote, original, command.Actor, clock, command.InternalNote);
            }, cancellationToken);

        private async Task<Result<Guid>> FindOriginal(string? reference, ServiceRequest duplicate, CancellationToken cancellationToken)
        {
            var parsed = RequestReference.Parse(reference);
            if (!parsed.Succeeded)
            {
                return Result<Guid>.Failure(parsed.Error!.Message, "duplicateOf");
            }

            var original = await db.Set<ServiceRequest>().AsNoTracking()
                .Where(r => r.Reference == parsed.Value.Value && r.CouncilId == duplicate.CouncilId)
                .Select(r => new { r.Id, r.DuplicateOfId })
                .FirstOrDefaultAsync(cancellationToken);
            if (original is null)
            {
                return Result<Guid>.Failure($"There is no request with the reference {parsed.Value.Display}", "duplicateOf");
            }

            if (original.Id == duplicate.Id)
            {
                return Result<Guid>.Failure("A request cannot be a duplicate of itself", "duplicateOf");
            }

            // Link to the true original so every reporter of the same problem is told when it is fixed.
            return original.DuplicateOfId ?? original.Id;
        }
    }
}
