namespace FrontDoor.Web.Features.Staff;

/// <summary>What staff may do.</summary>
public enum StaffPermission
{
    /// <summary>Search residents and open their record.</summary>
    ViewCustomers,

    /// <summary>Log a contact, create a customer record from it, and raise a request for a resident (assisted digital).</summary>
    LogContacts,

    /// <summary>See team queues and case pages.</summary>
    ViewRequests,

    /// <summary>Add a public update or an internal note to any request (advisors pass on what the resident said).</summary>
    AddRequestUpdates,

    /// <summary>Assign, move status, pause, extend, close and link duplicates — on the staff member's own team's requests.</summary>
    WorkRequests,

    /// <summary>Share out a queue's work several requests at a time — on the staff member's own team's queue.</summary>
    BulkAssign,

    /// <summary>Search the audit log.</summary>
    SearchAudit,
}

/// <summary>
/// The one table of who may do what (docs/staff.md explains it). Team-scoped permissions hold only for requests owned
/// by the staff member's own team; administrators are not scoped.
/// </summary>
public static class StaffPermissions
{
    private static readonly Dictionary<string, StaffPermission[]> Granted = new()
    {
        [StaffRole.Advisor] = [StaffPermission.ViewCustomers, StaffPermission.LogContacts, StaffPermission.ViewRequests, StaffPermission.AddRequestUpdates],
        [StaffRole.CaseOfficer] = [StaffPermission.ViewCustomers, StaffPermission.LogContacts, StaffPermission.ViewRequests, StaffPermission.AddRequestUpdates,
            StaffPermission.WorkRequests],
        [StaffRole.TeamLeader] = [StaffPermission.ViewCustomers, StaffPermission.LogContacts, StaffPermission.ViewRequests, StaffPermission.AddRequestUpdates,
            StaffPermission.WorkRequests, StaffPermission.BulkAssign],
        [StaffRole.PerformanceAnalyst] = [StaffPermission.ViewRequests],
        [StaffRole.Administrator] = Enum.GetValues<StaffPermission>(),
    };

    private static readonly StaffPermission[] TeamScoped = [StaffPermission.WorkRequests, StaffPermission.BulkAssign];

    public static bool Can(this StaffUser user, StaffPermission permission) =>
        Granted.TryGetValue(user.Role, out var granted) && granted.Contains(permission);

    /// <summary>Whether the user may do this to something owned by <paramref name="teamId"/>.</summary>
    public static bool Can(this StaffUser user, StaffPermission permission, Guid teamId) =>
        user.Can(permission) && (user.Role == StaffRole.Administrator || !TeamScoped.Contains(permission) || user.TeamId == teamId);
}
