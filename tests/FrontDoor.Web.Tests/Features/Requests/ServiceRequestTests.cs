using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.Clocks;
using FrontDoor.Web.Features.Requests;

namespace FrontDoor.Web.Tests.Features.Requests;

/// <summary>The entity's lifecycle methods, without a database: clocks, history and refusals.</summary>
public sealed class ServiceRequestTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Actor Officer = Actor.Staff(Guid.NewGuid(), "Priya Shah");

    private static ClockContext At(DateTime utc) => new(WorkingDayCalendar.Baseline, Nation.EnglandAndWales, utc);

    private static ServiceRequest NewRequest(string channel = Channel.Web, int target = 10) =>
        ServiceRequest.Open(
            new NewRequest(Guid.NewGuid(), "K7M4QPX9Y", Guid.NewGuid(), Guid.NewGuid(), channel, false,
                ClockPolicy.CharterAcknowledge, new ClockPolicy(target), Actor.Resident(null)),
            At(Monday)).Value;

    [Fact]
    public void Opening_online_acknowledges_at_once_and_writes_two_history_rows_in_order()
    {
        var request = NewRequest();

        Assert.Equal(RequestStatus.Acknowledged, request.Status);
        Assert.Equal([1, 2], request.History.Select(h => h.Sequence));
        Assert.Equal(new DateOnly(2026, 12, 7), request.ResolveClock.DueDate);
    }

    [Fact]
    public void Refuses_to_close_as_completed_without_a_completion_note()
    {
        var request = NewRequest();

        var result = request.Close(ClosureReason.Completed, "  ", null, Officer, At(Monday), null);

        Assert.Equal("completionNote", result.Error!.Field);
        Assert.True(request.IsOpen);
    }

    [Fact]
    public void Closing_as_completed_stops_the_clock_as_met_and_shows_the_note_to_the_resident()
    {
        var request = NewRequest();

        request.Close(ClosureReason.Completed, "We emptied your bin.", null, Officer, At(Monday.AddDays(2)), "crew 4");

        Assert.Equal(RequestStatus.Closed, request.Status);
        var last = request.History[^1];
        Assert.Equal("We emptied your bin.", last.PublicNote);
        Assert.Equal("crew 4", last.InternalNote);
        Assert.Equal(ClockOutcome.Met, request.ResolveClock.Read(At(Monday.AddDays(30))).Value.Outcome);
    }

    [Fact]
    public void Closing_after_the_due_date_is_a_missed_promise()
    {
        var request = NewRequest(target: 2);

        request.Close(ClosureReason.Completed, "Done.", null, Officer, At(Monday.AddDays(7)), null);

        Assert.Equal(ClockOutcome.Missed, request.ResolveClock.Read(At(Monday.AddDays(8))).Value.Outcome);
    }

    [Fact]
    public void A_duplicate_needs_the_original()
    {
        var request = NewRequest();

        Assert.Equal("duplicateOf", request.Close(ClosureReason.Duplicate, null, null, Officer, At(Monday), null).Error!.Field);
        Assert.True(request.Close(ClosureReason.Duplicate, null, Guid.NewGuid(), Officer, At(Monday), null).Succeeded);
    }

    [Fact]
    public void Waiting_for_the_resident_pauses_the_clock_and_moves_the_due_date_on_by_the_days_waited()
    {
        var request = NewRequest();
        var before = request.ResolveClock.DueDate;

        request.MoveTo(RequestStatus.WaitingForResident, Officer, At(Monday), "Please send a photo.", null);
        var resumed = request.MoveTo(RequestStatus.InProgress, Officer, At(Monday.AddDays(3)), null, null);

        Assert.True(resumed.Succeeded);
        Assert.Equal(3, request.ResolveClock.PausedWorkingDays);
        Assert.Equal(before.AddDays(3), request.ResolveClock.DueDate);
    }

    [Fact]
    public void Waiting_for_the_resident_needs_a_note_saying_what_for()
    {
        var request = NewRequest();

        Assert.Equal("publicNote", request.MoveTo(RequestStatus.WaitingForResident, Officer, At(Monday), null, null).Error!.Field);
    }

    [Fact]
    public void Refuses_to_close_through_a_plain_status_change()
    {
        Assert.False(NewRequest().MoveTo(RequestStatus.Closed, Officer, At(Monday), null, null).Succeeded);
    }

    [Fact]
    public void Refuses_a_move_the_lifecycle_does_not_allow_and_says_why()
    {
        var request = NewRequest();
        request.MoveTo(RequestStatus.InProgress, Officer, At(Monday), null, null);

        var result = request.MoveTo(RequestStatus.Acknowledged, Officer, At(Monday), null, null);

        Assert.Equal("A request that is in progress cannot move to acknowledged", result.Error!.Message);
    }

    [Fact]
    public void Reopening_within_the_window_is_counted_and_restarts_the_clock()
    {
        var request = NewRequest();
        request.Close(ClosureReason.Completed, "Done.", null, Officer, At(Monday), null);

        var reopened = request.Reopen("The bin is still full.", 20, Actor.Resident(null), At(Monday.AddDays(7)));

        Assert.True(reopened.Succeeded);
        Assert.Equal(1, request.ReopenCount);
        Assert.Equal(RequestStatus.InProgress, request.Status);
        Assert.Equal(new DateOnly(2026, 12, 14), request.ResolveClock.DueDate);
    }

    [Fact]
    public void Reopening_after_the_window_is_refused()
    {
        var request = NewRequest();
        request.Close(ClosureReason.Completed, "Done.", null, Officer, At(Monday), null);

        var reopened = request.Reopen("Still broken.", 20, Actor.Resident(null), At(Monday.AddDays(40)));

        Assert.False(reopened.Succeeded);
        Assert.Equal(0, request.ReopenCount);
    }

    [Fact]
    public void Extending_tells_the_resident_the_new_date_and_respects_the_cap()
    {
        var request = ServiceRequest.Open(
            new NewRequest(Guid.NewGuid(), "K7M4QPX9Y", Guid.NewGuid(), Guid.NewGuid(), Channel.Web, false,
                ClockPolicy.CharterAcknowledge, new ClockPolicy(10, 1, MaxExtensionWorkingDays: 5), Actor.Resident(null)),
            At(Monday)).Value;

        Assert.True(request.Extend(5, "We are waiting for a contractor.", Officer, At(Monday)).Succeeded);
        Assert.Contains("Monday 14 December 2026", request.History[^1].PublicNote);
        Assert.False(request.Extend(1, "More time.", Officer, At(Monday)).Succeeded);
    }

    [Fact]
    public void Internal_notes_are_not_visible_to_the_resident()
    {
        var request = NewRequest();

        request.AddInternalNote("Resident is difficult on the phone", Officer, At(Monday));

        var note = request.History[^1];
        Assert.False(note.VisibleToResident);
        Assert.Null(note.PublicNote);
    }
}
