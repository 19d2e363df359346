namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// The one table of what may follow what. Entity methods refuse anything not listed here.
/// submitted → acknowledged → in progress ⇄ waiting for resident → action scheduled → closed;
/// any open status may close (a request can be resolved at first contact, withdrawn or found to be a duplicate);
/// closed returns to in progress only by reopening.
/// </summary>
public static class RequestLifecycle
{
    private static readonly Dictionary<string, string[]> Next = new()
    {
        [RequestStatus.Submitted] = [RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.WaitingForResident, RequestStatus.ActionScheduled, RequestStatus.Closed],
        [RequestStatus.Acknowledged] = [RequestStatus.InProgress, RequestStatus.WaitingForResident, RequestStatus.ActionScheduled, RequestStatus.Closed],
        [RequestStatus.InProgress] = [RequestStatus.WaitingForResident, RequestStatus.ActionScheduled, RequestStatus.Closed],
        [RequestStatus.WaitingForResident] = [RequestStatus.InProgress, RequestStatus.ActionScheduled, RequestStatus.Closed],
        [RequestStatus.ActionScheduled] = [RequestStatus.InProgress, RequestStatus.WaitingForResident, RequestStatus.Closed],
        [RequestStatus.Closed] = [RequestStatus.InProgress],
    };

    public static bool CanMove(string from, string to) => Next.TryGetValue(from, out var allowed) && allowed.Contains(to);

    /// <summary>The statuses a request may move to next, for building a staff form that offers only those.</summary>
    public static IReadOnlyList<string> AllowedFrom(string from) => Next.TryGetValue(from, out var allowed) ? allowed : [];
}
