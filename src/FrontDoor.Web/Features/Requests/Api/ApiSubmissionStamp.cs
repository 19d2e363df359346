using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>
/// Saves an <see cref="ApiSubmission"/> in the very save that <see cref="SubmitRequest"/> makes for the new request,
/// so request and submission commit together without a separate transaction (two round trips fewer per POST). The
/// Open311 handler announces the submission for its database context just before calling SubmitRequest and withdraws
/// it afterwards; each save in between that adds a request gets one (SubmitRequest saves again, under a new
/// reference, when a reference clashes, and the failed save's submission is let go with the rest of it).
/// </summary>
public sealed class ApiSubmissionStamp : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, Func<ServiceRequest, ApiSubmission>> Pending = [];

    public static void Expect(DbContext db, Func<ServiceRequest, ApiSubmission> submission) => Pending.AddOrUpdate(db, submission);

    public static void Cancel(DbContext db) => Pending.Remove(db);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    private static void Stamp(DbContext? db)
    {
        if (db is null || !Pending.TryGetValue(db, out var make))
        {
            return;
        }

        var request = db.ChangeTracker.Entries<ServiceRequest>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
        if (request is not null)
        {
            db.Add(make(request));
        }
    }
}
