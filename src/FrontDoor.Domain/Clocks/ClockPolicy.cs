namespace FrontDoor.Domain.Clocks;

/// <summary>
/// How long the council promises to take, in working days. Policies are data (per service and channel), never constants
/// in code; the defaults here are the Customer Charter's: acknowledge within 2 working days, respond within 10.
/// </summary>
/// <param name="TargetWorkingDays">The promise, e.g. 10.</param>
/// <param name="AtRiskWithinWorkingDays">A clock is at risk when this many working days or fewer are left (default 1).</param>
/// <param name="MaxExtensionWorkingDays">The most that extensions may add in total; null when the policy sets no cap.</param>
public sealed record ClockPolicy(int TargetWorkingDays, int AtRiskWithinWorkingDays = 1, int? MaxExtensionWorkingDays = null)
{
    /// <summary>Customer Charter: acknowledge an email or letter within 2 working days.</summary>
    public static ClockPolicy CharterAcknowledge { get; } = new(2);

    /// <summary>Customer Charter: respond within 10 working days, or say before then when the resident will hear.</summary>
    public static ClockPolicy CharterRespond { get; } = new(10);
}
