using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.Clocks;

namespace FrontDoor.Domain.Tests.Clocks;

/// <summary>
/// Most tests start a 10-working-day clock on Monday 10 June 2024 (no bank holidays until 26 August), due Monday 24 June:
/// Tue 11 (1) ... Fri 14 (4), Mon 17 (5) ... Fri 21 (9), Mon 24 (10). Times are UTC; London is on BST (UTC+1).
/// </summary>
public sealed class CharterClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Baseline;
    private static readonly Nation England = Nation.EnglandAndWales;
    private static readonly CharterClock Monday10June = CharterClock.Start(Day.Utc("2024-06-10T09:00:00Z"), ClockPolicy.CharterRespond);

    private static ClockReading Read(CharterClock clock, string nowUtc)
    {
        var reading = clock.Read(Calendar, England, Day.Utc(nowUtc));
        Assert.True(reading.Succeeded, reading.Error?.Message);
        return reading.Value;
    }

    private static CharterClock Ok(Results.Result<CharterClock> result)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    private static CharterClock Paused(string atUtc) => Ok(Monday10June.Pause(Day.Utc(atUtc), "Waiting for photos from the resident"));

    [Fact]
    public void Due_date_is_the_target_in_working_days_after_the_start()
    {
        Assert.Equal(Day.Of("2024-06-24"), Monday10June.DueDate(Calendar, England, Day.Utc("2024-06-10T09:00:00Z")).Value);
        Assert.Equal(10, Monday10June.EffectiveTargetWorkingDays);
    }

    [Fact]
    public void Acknowledgement_clock_started_late_friday_is_due_on_tuesday()
    {
        var clock = CharterClock.Start(Day.Utc("2024-06-14T22:30:00Z"), ClockPolicy.CharterAcknowledge); // 23:30 Friday BST
        Assert.Equal(Day.Of("2024-06-18"), Read(clock, "2024-06-15T10:00:00Z").DueDate);
    }

    [Theory]
    [InlineData("2024-06-10T10:00:00Z", 10)]
    [InlineData("2024-06-14T10:00:00Z", 6)]
    [InlineData("2024-06-15T10:00:00Z", 6)] // Saturday: as many as Friday, Mon 17 to Fri 21 and Mon 24
    [InlineData("2024-06-20T10:00:00Z", 2)]
    [InlineData("2024-06-24T10:00:00Z", 0)]
    [InlineData("2024-06-26T10:00:00Z", -2)]
    public void Counts_the_working_days_left(string nowUtc, int expected) =>
        Assert.Equal(expected, Read(Monday10June, nowUtc).WorkingDaysLeft);

    [Theory]
    [InlineData("2024-06-19T10:00:00Z", false, false)] // 3 left
    [InlineData("2024-06-20T10:00:00Z", false, false)] // 2 left
    [InlineData("2024-06-21T10:00:00Z", true, false)] // 1 left
    [InlineData("2024-06-22T10:00:00Z", true, false)] // Saturday: 1 left
    [InlineData("2024-06-24T22:59:59Z", true, false)] // 23:59:59 on the due date in London
    [InlineData("2024-06-24T23:00:00Z", false, true)] // midnight in London: breached
    [InlineData("2024-07-01T10:00:00Z", false, true)]
    public void Is_at_risk_within_one_working_day_and_breached_after_the_due_date(string nowUtc, bool atRisk, bool breached)
    {
        var reading = Read(Monday10June, nowUtc);
        Assert.Equal(atRisk, reading.IsAtRisk);
        Assert.Equal(breached, reading.IsBreached);
        Assert.Null(reading.Outcome);
        Assert.False(reading.IsPaused);
    }

    [Theory]
    [InlineData(0, "2024-06-21T10:00:00Z", false)]
    [InlineData(0, "2024-06-24T10:00:00Z", true)]
    [InlineData(3, "2024-06-18T10:00:00Z", false)] // 4 left
    [InlineData(3, "2024-06-19T10:00:00Z", true)] // 3 left
    public void At_risk_window_comes_from_the_policy(int withinWorkingDays, string nowUtc, bool expected)
    {
        var clock = CharterClock.Start(Day.Utc("2024-06-10T09:00:00Z"), new ClockPolicy(10, withinWorkingDays));
        Assert.Equal(expected, Read(clock, nowUtc).IsAtRisk);
    }

    [Theory]
    [InlineData("2024-06-24T15:00:00Z", ClockOutcome.Met)]
    [InlineData("2024-06-24T22:59:59Z", ClockOutcome.Met)] // 23:59:59 on the due date in London
    [InlineData("2024-06-24T23:00:00Z", ClockOutcome.Missed)] // 00:00 the next day in London
    [InlineData("2024-06-12T09:00:00Z", ClockOutcome.Met)]
    public void Stopping_records_whether_the_promise_was_met(string stoppedUtc, ClockOutcome expected)
    {
        var stopped = Ok(Monday10June.Stop(Day.Utc(stoppedUtc), Calendar, England));

        var reading = Read(stopped, "2024-08-01T10:00:00Z"); // read long after: the outcome does not change
        Assert.Equal(expected, reading.Outcome);
        Assert.False(reading.IsAtRisk);
        Assert.False(reading.IsBreached);
        Assert.Equal(Day.Of("2024-06-24"), reading.DueDate);
        Assert.Equal(Day.Utc(stoppedUtc), stopped.StoppedUtc);
    }

    [Fact]
    public void Stopping_twice_keeps_the_first_stop()
    {
        var stopped = Ok(Monday10June.Stop(Day.Utc("2024-06-20T10:00:00Z"), Calendar, England));
        var again = Ok(stopped.Stop(Day.Utc("2024-06-28T10:00:00Z"), Calendar, England));
        Assert.Equal(Day.Utc("2024-06-20T10:00:00Z"), again.StoppedUtc);
        Assert.Equal(ClockOutcome.Met, Read(again, "2024-07-01T10:00:00Z").Outcome);
    }

    [Theory]
    [InlineData("2024-06-17T10:00:00Z", "2024-06-19T10:00:00Z", 2, "2024-06-26")] // Monday to Wednesday adds Tue and Wed
    [InlineData("2024-06-17T08:00:00Z", "2024-06-17T16:00:00Z", 0, "2024-06-24")] // a pause within one day adds none
    [InlineData("2024-06-14T10:00:00Z", "2024-06-17T10:00:00Z", 1, "2024-06-25")] // Friday to Monday adds Monday
    [InlineData("2024-06-14T22:30:00Z", "2024-06-16T10:00:00Z", 0, "2024-06-24")] // Friday 23:30 BST to Sunday adds none
    public void Resuming_adds_the_working_days_spent_paused(string pausedUtc, string resumedUtc, int added, string due)
    {
        var resumed = Ok(Paused(pausedUtc).Resume(Day.Utc(resumedUtc), Calendar, England));

        Assert.False(resumed.IsPaused);
        Assert.Equal(added, resumed.PausedWorkingDays);
        Assert.Equal(10 + added, resumed.EffectiveTargetWorkingDays);
        Assert.Equal(Day.Of(due), Read(resumed, resumedUtc).DueDate);
    }

    [Fact]
    public void A_second_pause_adds_to_the_first()
    {
        var once = Ok(Paused("2024-06-11T10:00:00Z").Resume(Day.Utc("2024-06-12T10:00:00Z"), Calendar, England)); // +1
        var twice = Ok(Ok(once.Pause(Day.Utc("2024-06-17T10:00:00Z"), "Waiting for access"))
            .Resume(Day.Utc("2024-06-19T10:00:00Z"), Calendar, England)); // +2
        Assert.Equal(3, twice.PausedWorkingDays);
        Assert.Equal(Day.Of("2024-06-27"), Read(twice, "2024-06-19T10:00:00Z").DueDate);
    }

    [Theory]
    [InlineData("2024-06-17T10:00:00Z", "2024-06-24")]
    [InlineData("2024-06-19T10:00:00Z", "2024-06-26")]
    [InlineData("2024-06-21T10:00:00Z", "2024-06-28")]
    [InlineData("2024-06-23T10:00:00Z", "2024-06-28")] // Sunday: no more working days paused than on Friday
    public void A_paused_clocks_due_date_moves_on_with_each_working_day_paused(string nowUtc, string due)
    {
        var reading = Read(Paused("2024-06-17T10:00:00Z"), nowUtc);
        Assert.Equal(Day.Of(due), reading.DueDate);
        Assert.True(reading.IsPaused);
    }

    [Fact]
    public void A_paused_clock_is_never_at_risk()
    {
        var reading = Read(Paused("2024-06-21T10:00:00Z"), "2024-06-21T12:00:00Z"); // 1 working day left
        Assert.Equal(1, reading.WorkingDaysLeft);
        Assert.True(reading.IsPaused);
        Assert.False(reading.IsAtRisk);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_to_pause_without_a_reason(string reason)
    {
        var result = Monday10June.Pause(Day.Utc("2024-06-11T10:00:00Z"), reason);
        Assert.Equal("Enter why the clock is being paused", result.Error?.Message);
        Assert.Equal("reason", result.Error?.Field);
    }

    [Fact]
    public void Refuses_to_pause_twice_or_resume_a_running_clock()
    {
        Assert.Equal("The clock is already paused", Paused("2024-06-11T10:00:00Z").Pause(Day.Utc("2024-06-12T10:00:00Z"), "Again").Error?.Message);
        Assert.Equal("The clock is not paused", Monday10June.Resume(Day.Utc("2024-06-12T10:00:00Z"), Calendar, England).Error?.Message);
    }

    [Fact]
    public void Stopping_a_paused_clock_ends_the_pause_first()
    {
        var stopped = Ok(Paused("2024-06-17T10:00:00Z").Stop(Day.Utc("2024-06-19T10:00:00Z"), Calendar, England));

        Assert.True(stopped.IsStopped);
        Assert.False(stopped.IsPaused);
        Assert.Equal(2, stopped.PausedWorkingDays);
        var reading = Read(stopped, "2024-08-01T10:00:00Z");
        Assert.Equal(Day.Of("2024-06-26"), reading.DueDate);
        Assert.Equal(ClockOutcome.Met, reading.Outcome);
    }

    [Fact]
    public void A_stopped_clock_cannot_be_paused_or_extended()
    {
        var stopped = Ok(Monday10June.Stop(Day.Utc("2024-06-12T10:00:00Z"), Calendar, England));
        Assert.Equal("The clock has stopped, so it cannot be paused", stopped.Pause(Day.Utc("2024-06-13T10:00:00Z"), "Why").Error?.Message);
        Assert.Equal("The clock has stopped, so it cannot be extended", stopped.Extend(2, "Why").Error?.Message);
    }

    [Fact]
    public void Restarting_runs_the_clock_again_with_the_same_due_date()
    {
        var stopped = Ok(Monday10June.Stop(Day.Utc("2024-06-20T10:00:00Z"), Calendar, England));
        var restarted = stopped.Restart();

        Assert.False(restarted.IsStopped);
        Assert.Null(restarted.StoppedUtc);
        var reading = Read(restarted, "2024-06-25T10:00:00Z");
        Assert.Equal(Day.Of("2024-06-24"), reading.DueDate);
        Assert.True(reading.IsBreached);
        Assert.Null(reading.Outcome);
    }

    [Fact]
    public void Extending_with_a_reason_moves_the_due_date()
    {
        var extended = Ok(Monday10June.Extend(5, "Waiting for the contractor's report"));
        Assert.Equal(5, extended.ExtendedWorkingDays);
        Assert.Equal(Day.Of("2024-07-01"), Read(extended, "2024-06-20T10:00:00Z").DueDate); // Tue 25 ... Fri 28, Mon 1 July
        Assert.Equal(Day.Of("2024-07-02"), Read(Ok(extended.Extend(1, "Parts on order")), "2024-06-20T10:00:00Z").DueDate);
    }

    [Theory]
    [InlineData(3, "", "Enter the reason for the extension", "reason")]
    [InlineData(3, "  ", "Enter the reason for the extension", "reason")]
    [InlineData(0, "Reason", "Enter a number of working days greater than 0", "workingDays")]
    [InlineData(-2, "Reason", "Enter a number of working days greater than 0", "workingDays")]
    public void Refuses_an_extension_without_a_reason_or_days(int workingDays, string reason, string message, string field)
    {
        var result = Monday10June.Extend(workingDays, reason);
        Assert.Equal(message, result.Error?.Message);
        Assert.Equal(field, result.Error?.Field);
    }

    [Fact]
    public void Refuses_an_extension_past_the_policys_cap()
    {
        var capped = CharterClock.Start(Day.Utc("2024-06-10T09:00:00Z"), new ClockPolicy(10, MaxExtensionWorkingDays: 10));

        Assert.Equal(
            "This policy allows extensions of 10 working days in total; you can add 10 more at most",
            capped.Extend(11, "Too long").Error?.Message);
        var six = Ok(capped.Extend(6, "Survey needed"));
        Assert.Equal(
            "This policy allows extensions of 10 working days in total; you can add 4 more at most",
            six.Extend(5, "More").Error?.Message);
        var ten = Ok(six.Extend(4, "Exactly up to the cap"));
        Assert.Equal(10, ten.ExtendedWorkingDays);
        var refused = ten.Extend(1, "One more");
        Assert.Equal("This policy allows extensions of 10 working days in total, and they have all been used", refused.Error?.Message);
        Assert.Equal("workingDays", refused.Error?.Field);
    }

    [Fact]
    public void A_policy_without_a_cap_allows_any_extension() =>
        Assert.Equal(70, Ok(Monday10June.Extend(60, "Major works")).EffectiveTargetWorkingDays);

    [Fact]
    public void Restoring_from_stored_state_reads_as_the_clock_did()
    {
        var original = Ok(Ok(Paused("2024-06-11T10:00:00Z").Resume(Day.Utc("2024-06-13T10:00:00Z"), Calendar, England))
            .Extend(3, "Survey"));
        var restored = CharterClock.Restore(
            new DateTime(2024, 6, 10, 9, 0, 0, DateTimeKind.Unspecified), // as read back from a database: taken as UTC
            ClockPolicy.CharterRespond, original.ExtendedWorkingDays, original.PausedWorkingDays, null, null);

        Assert.Equal(original, restored);
        Assert.Equal(DateTimeKind.Utc, restored.StartedUtc.Kind);
        Assert.Equal(Read(original, "2024-06-20T10:00:00Z"), Read(restored, "2024-06-20T10:00:00Z"));
    }

    [Fact]
    public void Refuses_to_read_a_clock_whose_due_date_is_past_the_calendar()
    {
        var late = CharterClock.Start(Day.Utc("2027-12-20T10:00:00Z"), ClockPolicy.CharterRespond);
        var reading = late.Read(Calendar, England, Day.Utc("2027-12-21T10:00:00Z"));
        Assert.False(reading.Succeeded);
        Assert.Contains("31 December 2027", reading.Error!.Message);
    }
}
