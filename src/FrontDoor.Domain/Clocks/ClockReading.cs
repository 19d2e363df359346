namespace FrontDoor.Domain.Clocks;

/// <summary>Where a clock stands at a moment.</summary>
/// <param name="DueDate">The London date by the end of which the promise must be kept.</param>
/// <param name="WorkingDaysLeft">Working days from today to the due date; 0 on the due date; negative once breached.</param>
/// <param name="IsPaused">True while waiting for the resident: the due date moves on with every working day paused.</param>
/// <param name="IsAtRisk">Open, not breached, and within the policy's at-risk window.</param>
/// <param name="IsBreached">Open and past its due date.</param>
/// <param name="Outcome">Met or missed once stopped; null while running.</param>
public sealed record ClockReading(
    DateOnly DueDate,
    int WorkingDaysLeft,
    bool IsPaused,
    bool IsAtRisk,
    bool IsBreached,
    ClockOutcome? Outcome);

public enum ClockOutcome
{
    Met,
    Missed,
}
