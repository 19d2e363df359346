namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// Our lifecycle in Open311's words: GeoReport v2 knows only open and closed; FixMyStreet's servicerequestupdates
/// extension has a longer list (as mySociety's open311-adapter sends it), which FixMyStreet maps to its report states.
/// </summary>
public static class Open311Status
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static string Of(string status) => RequestStatus.IsOpen(status) ? Open : Closed;

    /// <summary>FixMyStreet's extended status for a request in this state.</summary>
    public static string Extended(string status, string? closureReason) => status switch
    {
        RequestStatus.Submitted or RequestStatus.Acknowledged => "open",
        RequestStatus.InProgress => "in_progress",

        // FixMyStreet has no "waiting for the reporter": the council is still looking into it.
        RequestStatus.WaitingForResident => "investigating",
        RequestStatus.ActionScheduled => "action_scheduled",
        RequestStatus.Closed => closureReason switch
        {
            ClosureReason.Completed => "fixed",
            ClosureReason.Duplicate => "duplicate",
            ClosureReason.NotForCouncil => "not_councils_responsibility",
            ClosureReason.NoFurtherAction => "no_further_action",
            _ => "closed",
        },
        _ => "open",
    };

    /// <summary>The extended statuses a client may send, upper or lower case, and whether each means open.</summary>
    public static readonly IReadOnlyDictionary<string, bool> ExtendedIsOpen = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = true,
        ["investigating"] = true,
        ["in_progress"] = true,
        ["action_scheduled"] = true,
        ["closed"] = false,
        ["fixed"] = false,
        ["duplicate"] = false,
        ["not_councils_responsibility"] = false,
        ["no_further_action"] = false,
        ["internal_referral"] = false,
    };
}
