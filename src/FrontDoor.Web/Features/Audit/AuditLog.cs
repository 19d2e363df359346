using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;

namespace FrontDoor.Web.Features.Audit;

/// <summary>
/// Records what is not a saved change: a staff member viewing a resident's record or searching for one, and sign-ins.
/// (Changes are recorded by <see cref="AuditTrail"/> as they are saved.)
/// </summary>
public sealed class AuditLog(FrontDoorDb db, IHttpContextAccessor http, TimeProvider time)
{
    public Task Viewed(StaffUser user, string entityType, string entityId, string? detail = null, CancellationToken cancellationToken = default) =>
        Write(user.StaffId, user.Name, user.CouncilId, AuditAction.Viewed, entityType, entityId, detail, cancellationToken);

    /// <summary>A search: records what kind of search it was, not the words searched for (they may be a name or phone number).</summary>
    public Task Searched(StaffUser user, string kind, int results, CancellationToken cancellationToken = default) =>
        Write(user.StaffId, user.Name, user.CouncilId, AuditAction.Searched, "Customer", null, $"{kind} search, {results} results", cancellationToken);

    public Task SignIn(Guid? staffId, string staffName, Guid? councilId, bool succeeded, string detail, CancellationToken cancellationToken = default) =>
        Write(staffId, staffName, councilId, succeeded ? AuditAction.SignedIn : AuditAction.SignInFailed, "StaffAccount", staffId?.ToString(), detail,
            cancellationToken);

    public Task SignedOut(StaffUser user, CancellationToken cancellationToken = default) =>
        Write(user.StaffId, user.Name, user.CouncilId, AuditAction.SignedOut, "StaffAccount", user.StaffId.ToString(), null, cancellationToken);

    private async Task Write(Guid? staffId, string staffName, Guid? councilId, string action, string entityType, string? entityId, string? detail,
        CancellationToken cancellationToken)
    {
        db.Add(new AuditEntry
        {
            CouncilId = councilId,
            AtUtc = time.GetUtcNow().UtcDateTime,
            StaffId = staffId,
            StaffName = staffName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Detail = detail,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
