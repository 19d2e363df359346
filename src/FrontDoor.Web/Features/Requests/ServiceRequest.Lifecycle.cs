using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.Clocks;
using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests;

/// <summary>The only ways a request changes state. Each follows the lifecycle table and writes a history row.</summary>
public sealed partial class ServiceRequest
{
    /// <summary>A new request, with its clocks started and its first history row written.</summary>
    public static Result<ServiceRequest> Open(NewRequest details, ClockContext context)
    {
        var acknowledge = RequestClock.Start(context.NowUtc, details.AcknowledgePolicy, context);
        var resolve = RequestClock.Start(context.NowUtc, details.ResolvePolicy, context);
        if (!acknowledge.Succeeded || !resolve.Succeeded)
        {
            return Result<ServiceRequest>.Failure((acknowledge.Error ?? resolve.Error)!);
        }

        var request = new ServiceRequest
        {
            CouncilId = details.CouncilId,
            Reference = details.Reference,
            ServiceId = details.ServiceId,
            Channel = details.Channel,
            IsAssisted = details.IsAssisted,
            TeamId = details.TeamId,
            CreatedUtc = context.NowUtc,
            UpdatedUtc = context.NowUtc,
            SourceClient = details.SourceClient,
            AcknowledgeClock = acknowledge.Value,
            ResolveClock = resolve.Value,
        };
        request.Record(HistoryAction.Submitted, details.Actor, context, null, RequestStatus.Submitted,
            $"We received your request by {Requests.Channel.Describe(details.Channel).ToLowerInvariant()}.", null);

        if (Requests.Channel.AcknowledgedAtOnce(details.Channel))
        {
            var acknowledged = request.MoveTo(RequestStatus.Acknowledged, Actor.System, context,
                "We gave you a reference straight away.", null);
            if (!acknowledged.Succeeded)
            {
                return Result<ServiceRequest>.Failure(acknowledged.Error!);
            }
        }

        return request;
    }

    /// <summary>
    /// Moves along the lifecycle (not to closed: use <see cref="Close"/>). Leaving "submitted" stops the acknowledgement
    /// clock; "waiting for resident" pauses the resolution clock and needs a reason; leaving it restarts the clock.
    /// </summary>
    public Result MoveTo(string status, Actor actor, ClockContext context, string? publicNote, string? internalNote)
    {
        if (!RequestStatus.IsKnown(status))
        {
            return Result.Failure("Select a status", "status");
        }

        if (status == RequestStatus.Closed)
        {
            return Result.Failure("Use close to close a request, so the reason and completion note are recorded", "status");
        }

        if (!RequestLifecycle.CanMove(Status, status))
        {
            return Result.Failure(
                $"A request that is {RequestStatus.Describe(Status).ToLowerInvariant()} cannot move to {RequestStatus.Describe(status).ToLowerInvariant()}",
                "status");
        }

        if (status == RequestStatus.WaitingForResident && string.IsNullOrWhiteSpace(publicNote))
        {
            return Result.Failure("Tell the resident what you are waiting for from them", "publicNote");
        }

        var clocks = MoveClocks(Status, status, context, publicNote ?? "");
        if (!clocks.Succeeded)
        {
            return clocks;
        }

        var from = Status;
        Status = status;
        Record(HistoryAction.StatusChanged, actor, context, from, status, Blank(publicNote), Blank(internalNote));
        return Result.Success();
    }

    /// <summary>
    /// Closes the request with a reason. Completed needs a completion note the resident will see: the charter says never
    /// to call a case closed before the work is done. Duplicate needs the original request.
    /// </summary>
    public Result Close(string reason, string? completionNote, Guid? duplicateOf, Actor actor, ClockContext context, string? internalNote)
    {
        if (!Requests.ClosureReason.IsKnown(reason))
        {
            return Result.Failure("Select why the request is being closed", "reason");
        }

        if (!IsOpen)
        {
            return Result.Failure("This request is already closed");
        }

        if (reason == Requests.ClosureReason.Completed && string.IsNullOrWhiteSpace(completionNote))
        {
            return Result.Failure("Enter a completion note saying what was done. The resident will see it", "completionNote");
        }

        if (reason == Requests.ClosureReason.Duplicate && (duplicateOf is null || duplicateOf == Id))
        {
            return Result.Failure("Enter the reference of the original request", "duplicateOf");
        }

        var stopped = StopClocks(context);
        if (!stopped.Succeeded)
        {
            return stopped;
        }

        var from = Status;
        Status = RequestStatus.Closed;
        ClosureReason = reason;
        CompletionNote = Blank(completionNote);
        DuplicateOfId = reason == Requests.ClosureReason.Duplicate ? duplicateOf : null;
        ClosedUtc = context.NowUtc;
        var publicNote = CompletionNote ?? Requests.ClosureReason.Describe(reason);
        Record(reason == Requests.ClosureReason.Duplicate ? HistoryAction.DuplicateLinked : HistoryAction.Closed,
            actor, context, from, RequestStatus.Closed, publicNote, Blank(internalNote));
        return Result.Success();
    }

    /// <summary>
    /// The resident says the work was not done. Allowed within the council's window after closing; counted, and the
    /// resolution clock starts again with the service's full timescale.
    /// </summary>
    public Result Reopen(string? reason, int windowWorkingDays, Actor actor, ClockContext context)
    {
        if (IsOpen || ClosedUtc is not { } closed)
        {
            return Result.Failure("Only a closed request can be reopened");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("Tell us what has not been done", "reason");
        }

        var since = context.Calendar.WorkingDaysBetween(context.Nation, LondonTime.DateOf(closed), context.Today);
        if (!since.Succeeded)
        {
            return since.Error!;
        }

        if (since.Value > windowWorkingDays)
        {
            return Result.Failure(
                $"This request was closed more than {windowWorkingDays} working days ago, so it cannot be reopened. Make a new request instead",
                "reason");
        }

        var restarted = RequestClock.Start(context.NowUtc, ResolveClock.Policy, context);
        if (!restarted.Succeeded)
        {
            return restarted.Error!;
        }

        ResolveClock = restarted.Value;
        Status = RequestStatus.InProgress;
        ClosureReason = null;
        ClosedUtc = null;
        DuplicateOfId = null;
        ReopenCount++;
        Record(HistoryAction.Reopened, actor, context, RequestStatus.Closed, RequestStatus.InProgress, reason.Trim(), null);
        return Result.Success();
    }

    /// <summary>Names the officer dealing with the request; the resident sees the name from now on.</summary>
    public Result Assign(Guid officerId, string officerName, Guid teamId, Actor actor, ClockContext context)
    {
        if (!IsOpen)
        {
            return Result.Failure("This request is closed. Reopen it before assigning an officer");
        }

        OfficerId = officerId;
        OfficerName = officerName;
        TeamId = teamId;
        Record(HistoryAction.Assigned, actor, context, Status, Status, $"{officerName} is dealing with your request.", null);
        return Result.Success();
    }

    /// <summary>An update the resident sees (and is sent).</summary>
    public Result AddPublicUpdate(string? text, Actor actor, ClockContext context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Failure("Enter the update for the resident", "publicNote");
        }

        Record(HistoryAction.PublicUpdate, actor, context, Status, Status, text.Trim(), null);
        return Result.Success();
    }

    /// <summary>A note for staff only; never shown to the resident.</summary>
    public Result AddInternalNote(string? text, Actor actor, ClockContext context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Failure("Enter the note", "internalNote");
        }

        Record(HistoryAction.InternalNote, actor, context, Status, Status, null, text.Trim());
        return Result.Success();
    }

    /// <summary>A message from the resident about the request.</summary>
    public Result AddResidentMessage(string? text, Actor actor, ClockContext context)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Failure("Enter your message", "message");
        }

        Record(HistoryAction.ResidentMessage, actor, context, Status, Status, text.Trim(), null);
        return Result.Success();
    }

    /// <summary>Gives more time, with a reason the resident is told, within the policy's cap.</summary>
    public Result Extend(int workingDays, string? reason, Actor actor, ClockContext context)
    {
        if (!IsOpen)
        {
            return Result.Failure("This request is closed, so its date cannot be changed");
        }

        var extended = ResolveClock.ToClock().Extend(workingDays, reason ?? "");
        if (!extended.Succeeded)
        {
            return extended.Error!;
        }

        var applied = ResolveClock.Apply(extended.Value, context);
        if (!applied.Succeeded)
        {
            return applied;
        }

        Record(HistoryAction.Extended, actor, context, Status, Status,
            $"We need more time: {reason!.Trim()} We now expect to finish by {ResolveClock.DueDate:dddd d MMMM yyyy}.", null);
        return Result.Success();
    }

    private Result MoveClocks(string from, string to, ClockContext context, string reason)
    {
        if (from == RequestStatus.Submitted)
        {
            var acknowledged = AcknowledgeClock.ToClock().Stop(context.NowUtc, context.Calendar, context.Nation);
            var applied = acknowledged.Succeeded ? AcknowledgeClock.Apply(acknowledged.Value, context) : acknowledged.Error!;
            if (!applied.Succeeded)
            {
                return applied;
            }
        }

        Result<CharterClock>? changed = null;
        if (to == RequestStatus.WaitingForResident)
        {
            changed = ResolveClock.ToClock().Pause(context.NowUtc, reason);
        }
        else if (from == RequestStatus.WaitingForResident)
        {
            changed = ResolveClock.ToClock().Resume(context.NowUtc, context.Calendar, context.Nation);
        }

        if (changed is not { } change)
        {
            return Result.Success();
        }

        return change.Succeeded ? ResolveClock.Apply(change.Value, context) : change.Error!;
    }

    private Result StopClocks(ClockContext context)
    {
        foreach (var clock in new[] { AcknowledgeClock, ResolveClock })
        {
            var stopped = clock.ToClock().Stop(context.NowUtc, context.Calendar, context.Nation);
            var applied = stopped.Succeeded ? clock.Apply(stopped.Value, context) : stopped.Error!;
            if (!applied.Succeeded)
            {
                return applied;
            }
        }

        return Result.Success();
    }

    private void Record(string action, Actor actor, ClockContext context, string? from, string? to, string? publicNote, string? internalNote)
    {
        UpdatedUtc = context.NowUtc;
        History.Add(new RequestHistoryEntry
        {
            RequestId = Id,
            CouncilId = CouncilId,
            Sequence = ++HistoryCount,
            AtUtc = context.NowUtc,
            Action = action,
            FromStatus = from,
            ToStatus = to,
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorName = actor.Name,
            PublicNote = publicNote,
            InternalNote = internalNote,
            VisibleToResident = action != HistoryAction.InternalNote,
        });
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What is needed to open a request; the handler that builds it has validated the service and answers.</summary>
public sealed record NewRequest(
    Guid CouncilId,
    string Reference,
    Guid ServiceId,
    Guid TeamId,
    string Channel,
    bool IsAssisted,
    ClockPolicy AcknowledgePolicy,
    ClockPolicy ResolvePolicy,
    Actor Actor,
    string? SourceClient = null);
