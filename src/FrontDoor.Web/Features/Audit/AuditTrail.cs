using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Features.Audit;

/// <summary>
/// Writes an audit row for every change a signed-in staff member saves, in the same transaction as the change, so no
/// feature can forget to audit and no change can be saved without its row. Also keeps the log append-only.
/// </summary>
public sealed class AuditTrail(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    // Sign-in bookkeeping (failed counts, security stamps) is audited as sign-in events instead; history rows and owned
    // values are part of the request or record they belong to.
    private static readonly HashSet<Type> NotAudited =
        [typeof(AuditEntry), typeof(RequestHistoryEntry), typeof(StaffAccount), typeof(StaffClaim), typeof(StaffLogin), typeof(StaffToken)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stage(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stage(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stage(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: an audit row cannot be changed or deleted.");
        }

        var user = http.HttpContext?.User is { } principal ? StaffUser.From(principal) : null;
        if (user is null)
        {
            return;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !e.Metadata.IsOwned() && !NotAudited.Contains(e.Entity.GetType()))
            .ToList();
        foreach (var change in changes)
        {
            context.Add(new AuditEntry
            {
                CouncilId = user.CouncilId,
                AtUtc = time.GetUtcNow().UtcDateTime,
                StaffId = user.StaffId,
                StaffName = user.Name,
                Action = change.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Changed,
                },
                EntityType = change.Metadata.ClrType.Name,
                EntityId = IdOf(change),
                Detail = DetailOf(change),
                IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            });
        }
    }

    private static string? IdOf(EntityEntry entry) => entry.Entity switch
    {
        ServiceRequest request => request.Reference,
        _ => entry.Metadata.FindPrimaryKey()?.Properties is [var key] ? entry.Property(key.Name).CurrentValue?.ToString() : null,
    };

    /// <summary>For a request, the history actions this save adds ("status-changed, public-update"); else the changed fields' names.</summary>
    private static string? DetailOf(EntityEntry entry)
    {
        if (entry.Entity is ServiceRequest request)
        {
            var added = entry.Context.ChangeTracker.Entries<RequestHistoryEntry>()
                .Where(h => h.State == EntityState.Added && h.Entity.RequestId == request.Id)
                .OrderBy(h => h.Entity.Sequence)
                .Select(h => h.Entity.Action);
            return string.Join(", ", added);
        }

        if (entry.State != EntityState.Modified)
        {
            return null;
        }

        var names = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name);
        var detail = string.Join(", ", names);
        return detail.Length > 500 ? detail[..500] : detail;
    }
}
