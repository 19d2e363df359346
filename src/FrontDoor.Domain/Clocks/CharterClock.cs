using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.Results;

namespace FrontDoor.Domain.Clocks;

/// <summary>
/// A promise measured in working days: started at an instant, paused while waiting for the resident, extended with a
/// reason (within the policy's cap), and stopped when the promise is kept. Immutable: every change returns a new clock,
/// so the caller stores it and writes the reason to the request's history in the same transaction.
/// </summary>
public sealed record CharterClock
{
    private CharterClock(DateTime startedUtc, ClockPolicy policy)
    {
        StartedUtc = startedUtc;
        Policy = policy;
    }

    public DateTime StartedUtc { get; private init; }

    public ClockPolicy Policy { get; private init; }

    /// <summary>Working days added by extensions so far.</summary>
    public int ExtendedWorkingDays { get; private init; }

    /// <summary>Working days spent paused in pauses that have ended.</summary>
    public int PausedWorkingDays { get; private init; }

    /// <summary>When the current pause began; null when running.</summary>
    public DateTime? PausedSinceUtc { get; private init; }

    /// <summary>When the promise was kept (or the request closed); null while running.</summary>
    public DateTime? StoppedUtc { get; private init; }

    public bool IsPaused => PausedSinceUtc is not null;

    public bool IsStopped => StoppedUtc is not null;

    public static CharterClock Start(DateTime startedUtc, ClockPolicy policy) => new(Utc(startedUtc), policy);

    /// <summary>Rebuilds a clock from stored state.</summary>
    public static CharterClock Restore(
        DateTime startedUtc,
        ClockPolicy policy,
        int extendedWorkingDays,
        int pausedWorkingDays,
        DateTime? pausedSinceUtc,
        DateTime? stoppedUtc) =>
        new(Utc(startedUtc), policy)
        {
            ExtendedWorkingDays = extendedWorkingDays,
            PausedWorkingDays = pausedWorkingDays,
            PausedSinceUtc = pausedSinceUtc is { } p ? Utc(p) : null,
            StoppedUtc = stoppedUtc is { } s ? Utc(s) : null,
        };

    /// <summary>Pauses the clock, for example while waiting for the resident to send something.</summary>
    public Result<CharterClock> Pause(DateTime atUtc, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<CharterClock>.Failure("Enter why the clock is being paused", "reason");
        }

        if (IsStopped)
        {
            return Result<CharterClock>.Failure("The clock has stopped, so it cannot be paused");
        }

        if (IsPaused)
        {
            return Result<CharterClock>.Failure("The clock is already paused");
        }

        return this with { PausedSinceUtc = Utc(atUtc) };
    }

    /// <summary>
    /// Restarts a paused clock. The working days that passed while paused are added to the target: a pause from Monday to
    /// Wednesday adds 2; a pause that starts and ends on one day adds none.
    /// </summary>
    public Result<CharterClock> Resume(DateTime atUtc, WorkingDayCalendar calendar, Nation nation)
    {
        if (PausedSinceUtc is not { } since)
        {
            return Result<CharterClock>.Failure("The clock is not paused");
        }

        var paused = calendar.WorkingDaysBetween(nation, LondonTime.DateOf(since), LondonTime.DateOf(atUtc));
        if (!paused.Succeeded)
        {
            return Result<CharterClock>.Failure(paused.Error!);
        }

        return this with { PausedSinceUtc = null, PausedWorkingDays = PausedWorkingDays + Math.Max(0, paused.Value) };
    }

    /// <summary>Extends the target with a reason, refused when it would pass the policy's cap.</summary>
    public Result<CharterClock> Extend(int workingDays, string reason)
    {
        if (workingDays <= 0)
        {
            return Result<CharterClock>.Failure("Enter a number of working days greater than 0", "workingDays");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<CharterClock>.Failure("Enter the reason for the extension", "reason");
        }

        if (IsStopped)
        {
            return Result<CharterClock>.Failure("The clock has stopped, so it cannot be extended");
        }

        if (Policy.MaxExtensionWorkingDays is { } cap && ExtendedWorkingDays + workingDays > cap)
        {
            var left = cap - ExtendedWorkingDays;
            return Result<CharterClock>.Failure(
                left <= 0
                    ? $"This policy allows extensions of {cap} working days in total, and they have all been used"
                    : $"This policy allows extensions of {cap} working days in total; you can add {left} more at most",
                "workingDays");
        }

        return this with { ExtendedWorkingDays = ExtendedWorkingDays + workingDays };
    }

    /// <summary>Stops the clock: the promise is kept (or the request is closed). A paused clock is resumed first.</summary>
    public Result<CharterClock> Stop(DateTime atUtc, WorkingDayCalendar calendar, Nation nation)
    {
        if (IsStopped)
        {
            return this;
        }

        var running = this;
        if (IsPaused)
        {
            var resumed = Resume(atUtc, calendar, nation);
            if (!resumed.Succeeded)
            {
                return resumed;
            }

            running = resumed.Value;
        }

        return running with { StoppedUtc = Utc(atUtc) };
    }

    /// <summary>Reopening starts the clock running again from where it stopped, with the same due date.</summary>
    public CharterClock Restart() => this with { StoppedUtc = null };

    /// <summary>The target with extensions and completed pauses: the working days from the start to the due date.</summary>
    public int EffectiveTargetWorkingDays => Policy.TargetWorkingDays + ExtendedWorkingDays + PausedWorkingDays;

    /// <summary>The due date as it stands now; a paused clock's due date moves on while it stays paused.</summary>
    public Result<DateOnly> DueDate(WorkingDayCalendar calendar, Nation nation, DateTime nowUtc)
    {
        var target = EffectiveTargetWorkingDays;
        if (PausedSinceUtc is { } since)
        {
            var pausedSoFar = calendar.WorkingDaysBetween(nation, LondonTime.DateOf(since), LondonTime.DateOf(nowUtc));
            if (!pausedSoFar.Succeeded)
            {
                return Result<DateOnly>.Failure(pausedSoFar.Error!);
            }

            target += Math.Max(0, pausedSoFar.Value);
        }

        return calendar.DueDate(nation, StartedUtc, target);
    }

    /// <summary>Where the clock stands at <paramref name="nowUtc"/>.</summary>
    public Result<ClockReading> Read(WorkingDayCalendar calendar, Nation nation, DateTime nowUtc)
    {
        var asOf = StoppedUtc ?? Utc(nowUtc);
        var due = DueDate(calendar, nation, asOf);
        if (!due.Succeeded)
        {
            return Result<ClockReading>.Failure(due.Error!);
        }

        var today = LondonTime.DateOf(asOf);
        var left = calendar.WorkingDaysBetween(nation, today, due.Value);
        if (!left.Succeeded)
        {
            return Result<ClockReading>.Failure(left.Error!);
        }

        var late = today > due.Value;
        if (IsStopped)
        {
            return new ClockReading(due.Value, left.Value, false, false, false, late ? ClockOutcome.Missed : ClockOutcome.Met);
        }

        var atRisk = !late && !IsPaused && left.Value <= Policy.AtRiskWithinWorkingDays;
        return new ClockReading(due.Value, left.Value, IsPaused, atRisk, late, null);
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value.ToUniversalTime(),
    };
}
