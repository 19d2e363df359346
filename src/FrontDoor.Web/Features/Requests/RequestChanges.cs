using FrontDoor.Domain.References;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// The one way a use case changes an existing request: find it by reference, refuse a stale form (someone else saved
/// since it was read), apply the change through the entity's lifecycle methods, and save. A save that races another
/// save fails on the version check in the database and is reported as a conflict, never silently lost.
/// </summary>
public sealed class RequestChanges(FrontDoorDb db, CouncilCalendar calendar)
{
    public const string ConflictMessage =
        "Someone else changed this request while you were working on it. Your change has not been saved. Check the latest details and try again";

    public async Task<Result<ServiceRequest>> Apply(
        string reference,
        int? expectedVersion,
        Func<ServiceRequest, Council, ClockContext, Task<Result>> change,
        CancellationToken cancellationToken = default)
    {
        var parsed = RequestReference.Parse(reference);
        if (!parsed.Succeeded)
        {
            return Result<ServiceRequest>.Failure(parsed.Error!);
        }

        var request = await db.Set<ServiceRequest>().FirstOrDefaultAsync(r => r.Reference == parsed.Value.Value, cancellationToken);
        if (request is null)
        {
            return Error.NotFound($"There is no request with the reference {parsed.Value.Display}");
        }

        if (expectedVersion is { } expected && expected != request.Version)
        {
            return Error.Conflict(ConflictMessage);
        }

        var readVersion = request.Version;
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Id == request.CouncilId, cancellationToken);
        var result = await change(request, council, calendar.ClockFor(council));
        if (!result.Succeeded)
        {
            return Result<ServiceRequest>.Failure(result.Error!);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict(ConflictMessage);
        }
        catch (DbUpdateException)
        {
            // Another save may also surface as a clash on the history sequence before the version check is read.
            if (await ChangedSince(request.Id, readVersion, cancellationToken))
            {
                return Error.Conflict(ConflictMessage);
            }

            throw;
        }

        return request;
    }

    private async Task<bool> ChangedSince(Guid id, int readVersion, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).FirstAsync(cancellationToken);
        return current != readVersion;
    }

    public Task<Result<ServiceRequest>> Apply(
        string reference,
        int? expectedVersion,
        Func<ServiceRequest, Council, ClockContext, Result> change,
        CancellationToken cancellationToken = default) =>
        Apply(reference, expectedVersion, (r, c, k) => Task.FromResult(change(r, c, k)), cancellationToken);
}
