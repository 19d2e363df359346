namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// A request's status: a string in one of two categories, open or closed (as FixMyStreet groups its states).
/// What may follow what is in <see cref="RequestLifecycle"/>.
/// </summary>
public static class RequestStatus
{
    public const string Submitted = "submitted";
    public const string Acknowledged = "acknowledged";
    public const string InProgress = "in-progress";

    /// <summary>Waiting for the resident: the resolution clock is paused.</summary>
    public const string WaitingForResident = "waiting-for-resident";
    public const string ActionScheduled = "action-scheduled";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Submitted, Acknowledged, InProgress, WaitingForResident, ActionScheduled, Closed];

    public static IReadOnlyList<string> Open { get; } = [Submitted, Acknowledged, InProgress, WaitingForResident, ActionScheduled];

    public static bool IsOpen(string status) => status != Closed;

    public static bool IsKnown(string? status) => status is not null && All.Contains(status);

    /// <summary>How the status reads to a resident.</summary>
    public static string Describe(string status) => status switch
    {
        Submitted => "Received",
        Acknowledged => "Acknowledged",
        InProgress => "In progress",
        WaitingForResident => "Waiting for information from you",
        ActionScheduled => "Work scheduled",
        Closed => "Closed",
        _ => status,
    };
}

/// <summary>Why a request was closed. Only <see cref="Completed"/> means the work was done.</summary>
public static class ClosureReason
{
    public const string Completed = "completed";

    /// <summary>Not for the council: the resident was signposted elsewhere.</summary>
    public const string NotForCouncil = "not-for-council";

    /// <summary>A duplicate, linked to the original request.</summary>
    public const string Duplicate = "duplicate";
    public const string Withdrawn = "withdrawn";
    public const string NoFurtherAction = "no-further-action";

    public static IReadOnlyList<string> All { get; } = [Completed, NotForCouncil, Duplicate, Withdrawn, NoFurtherAction];

    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason);

    public static string Describe(string reason) => reason switch
    {
        Completed => "Completed",
        NotForCouncil => "Not something the council deals with",
        Duplicate => "Already reported",
        Withdrawn => "Withdrawn",
        NoFurtherAction => "No further action",
        _ => reason,
    };
}
