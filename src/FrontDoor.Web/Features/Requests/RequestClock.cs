using FrontDoor.Domain.Clocks;
using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// A charter clock as stored on a request: the domain clock's state, plus its due date so that queues can sort and
/// filter by it in the database. The due date is recomputed whenever the clock changes.
/// </summary>
public sealed class RequestClock
{
    public DateTime StartedUtc { get; set; }

    public int TargetWorkingDays { get; set; }

    public int AtRiskWithinWorkingDays { get; set; } = 1;

    public int? MaxExtensionWorkingDays { get; set; }

    public int ExtendedWorkingDays { get; set; }

    public int PausedWorkingDays { get; set; }

    public DateTime? PausedSinceUtc { get; set; }

    public DateTime? StoppedUtc { get; set; }

    /// <summary>The due date when last changed (for a paused clock, as of the moment it was paused).</summary>
    public DateOnly DueDate { get; set; }

    public ClockPolicy Policy => new(TargetWorkingDays, AtRiskWithinWorkingDays, MaxExtensionWorkingDays);

    public CharterClock ToClock() =>
        CharterClock.Restore(StartedUtc, Policy, ExtendedWorkingDays, PausedWorkingDays, PausedSinceUtc, StoppedUtc);

    public static Result<RequestClock> Start(DateTime startedUtc, ClockPolicy policy, ClockContext context)
    {
        var clock = new RequestClock
        {
            StartedUtc = startedUtc,
            TargetWorkingDays = policy.TargetWorkingDays,
            AtRiskWithinWorkingDays = policy.AtRiskWithinWorkingDays,
            MaxExtensionWorkingDays = policy.MaxExtensionWorkingDays,
        };
        var applied = clock.Apply(CharterClock.Start(startedUtc, policy), context);
        return applied.Succeeded ? clock : Result<RequestClock>.Failure(applied.Error!);
    }

    /// <summary>Stores a changed domain clock and its due date.</summary>
    public Result Apply(CharterClock clock, ClockContext context)
    {
        var due = clock.DueDate(context.Calendar, context.Nation, context.NowUtc);
        if (!due.Succeeded)
        {
            return due.Error!;
        }

        ExtendedWorkingDays = clock.ExtendedWorkingDays;
        PausedWorkingDays = clock.PausedWorkingDays;
        PausedSinceUtc = clock.PausedSinceUtc;
        StoppedUtc = clock.StoppedUtc;
        DueDate = due.Value;
        return Result.Success();
    }

    public Result<ClockReading> Read(ClockContext context) => ToClock().Read(context.Calendar, context.Nation, context.NowUtc);
}
