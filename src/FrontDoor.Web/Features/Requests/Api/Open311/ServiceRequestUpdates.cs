using FrontDoor.Domain.References;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Features.Webhooks;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// mySociety's servicerequestupdates extension, as FixMyStreet uses it. GET lists what the council did to requests
/// (status changes, public updates, closures, reopenings) between start_date and end_date, oldest first, with
/// FixMyStreet's extended statuses. POST takes a comment the reporter left on FixMyStreet: it is added to the request
/// as the resident's message, and a report said to be still open after we closed it reopens the request (within the
/// council's reopening window). A reporter cannot close a request: the charter says only staff close, when the work
/// is done, so a "fixed" from FixMyStreet is recorded as the reporter's message for the officer to act on.
/// </summary>
public static class ServiceRequestUpdates
{
    public static async Task<IResult> List(string format, HttpContext http, FrontDoorDb db, Jurisdictions jurisdictions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Open311Http.FormatOf(format) is not { } f)
        {
            return Open311Http.BadFormat(format);
        }

        var query = Open311Http.Query(http);
        if (!query.Succeeded)
        {
            return Open311Http.Error(f, 400, query.Error!.Message);
        }

        var council = await Open311Http.Council(query.Value, jurisdictions, db, cancellationToken);
        if (!council.Succeeded)
        {
            return Open311Http.Failure(f, council.Error!);
        }

        var range = GetServiceRequests.DateRange(query.Value, time.GetUtcNow().UtcDateTime, defaultDays: 1);
        if (range.Error is not null)
        {
            return Open311Http.Error(f, 400, range.Error);
        }

        var (from, to) = (range.From, range.To);
        var requests = RequestRows.Public(db, council.Value);
        var rows = await RequestRows.PublicUpdates(db)
            .Where(h => h.CouncilId == council.Value && h.AtUtc >= from && h.AtUtc <= to && h.Action != HistoryAction.Submitted)
            .Join(requests, h => h.RequestId, r => r.Id, (h, r) => new { h.Id, r.Reference, h.ToStatus, h.Action, RequestReason = r.ClosureReason, h.AtUtc, h.PublicNote, h.Sequence })
            .OrderBy(u => u.AtUtc).ThenBy(u => u.Sequence)
            .Take(GetServiceRequests.MaxRows)
            .ToListAsync(cancellationToken);

        var items = rows.Select(u => (Node)Fields.Of(
            ("update_id", new Text(u.Id.ToString())),
            ("service_request_id", new Text(u.Reference)),
            ("status", new Text(Open311Status.Extended(u.ToStatus ?? RequestStatus.InProgress,
                u.Action == HistoryAction.DuplicateLinked ? ClosureReason.Duplicate : u.RequestReason))),
            ("updated_datetime", new Text(W3cDateTime.Format(u.AtUtc))),
            ("description", new Text(u.PublicNote)),
            ("media_url", new Text(null)))).ToList();
        return Open311Http.Document(f, "service_request_updates", new Items("request_update", items));
    }

    public sealed class PostHandler(
        FrontDoorDb db,
        Jurisdictions jurisdictions,
        ApiClientDirectory directory,
        ApiRateLimits limits,
        RequestChanges changes,
        TimeProvider time)
    {
        public async Task<IResult> Handle(string format, HttpContext http, CancellationToken cancellationToken)
        {
            if (Open311Http.FormatOf(format) is not { } f)
            {
                return Open311Http.BadFormat(format);
            }

            var form = await Open311Http.Form(http, cancellationToken);
            if (!form.Succeeded)
            {
                return Open311Http.Error(f, 400, form.Error!.Message);
            }

            var input = form.Value;
            var council = await Open311Http.Council(input, jurisdictions, db, cancellationToken);
            if (!council.Succeeded)
            {
                return Open311Http.Failure(f, council.Error!);
            }

            var client = await Open311Http.Client(http, input, council.Value, directory, db, cancellationToken);
            if (client is null)
            {
                return Open311Http.Error(f, 403, "Invalid or missing api_key -- can't proceed with the update.");
            }

            if (!limits.TryTake(client))
            {
                return Open311Http.TooMany(f, http);
            }

            var checkedInput = Check(input);
            if (!checkedInput.Succeeded)
            {
                return Open311Http.Failure(f, checkedInput.Error!);
            }

            var (id, reportsOpen, text) = checkedInput.Value;
            var externalId = (input.Get("update_id_ext") ?? http.Request.Headers[PostServiceRequest.IdempotencyHeader].FirstOrDefault())?.Trim();
            if (externalId is { Length: 0 or > ApiUpdateReceipt.MaxExternalIdLength })
            {
                return Open311Http.Error(f, 400, $"update_id_ext (or the Idempotency-Key header) must be 1 to {ApiUpdateReceipt.MaxExternalIdLength} characters");
            }

            if (externalId is not null && await Receipt(client.Id, externalId, cancellationToken) is { } earlier)
            {
                return Answer(f, earlier.HistoryEntryId);
            }

            var reference = RequestReference.Parse(id);
            var request = reference.Succeeded
                ? await RequestRows.Public(db, council.Value).Where(r => r.Reference == reference.Value.Value)
                    .Select(r => new { r.Reference, r.Status }).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (request is null)
            {
                return Open311Http.Error(f, 404, $"service_request_id '{Open311Http.Shorten(id)}' was not found");
            }

            var actor = Actor.Api(client.Id, client.Name);
            Result<ServiceRequest> result;
            try
            {
                result = await changes.Apply(request.Reference, null, (r, councilRow, clock) =>
                {
                    var changed = r.Status == RequestStatus.Closed && reportsOpen
                        ? r.Reopen(text ?? $"The reporter said on {client.Name} that the problem is still there.", councilRow.ReopenWindowWorkingDays, actor, clock)
                        : r.AddResidentMessage(reportsOpen ? text : $"The reporter says this is fixed{(text is null ? "." : $": {text}")}", actor, clock);
                    if (changed.Succeeded && externalId is not null)
                    {
                        db.Add(new ApiUpdateReceipt
                        {
                            CouncilId = r.CouncilId,
                            ApiClientId = client.Id,
                            ExternalId = externalId,
                            RequestId = r.Id,
                            HistoryEntryId = r.History.MaxBy(h => h.Sequence)!.Id,
                            CreatedUtc = time.GetUtcNow().UtcDateTime,
                        });
                    }

                    return changed;
                }, cancellationToken);
            }
            catch (DbUpdateException clash) when (externalId is not null
                && db.IsUniqueViolation<ApiUpdateReceipt>(clash, nameof(ApiUpdateReceipt.ApiClientId), nameof(ApiUpdateReceipt.ExternalId)))
            {
                // A copy of this update was saved after our check for one and before our save, without us seeing the
                // request change (we read it after that copy was saved): answer with that copy.
                db.ChangeTracker.Clear();
                return await Receipt(client.Id, externalId, cancellationToken) is { } saved
                    ? Answer(f, saved.HistoryEntryId)
                    : throw new InvalidOperationException("The update_id_ext clashed with a receipt that cannot be read back", clash);
            }

            if (!result.Succeeded)
            {
                // A copy of this update sent at the same moment was saved first: answer with that one.
                if (externalId is not null && result.Error!.IsConflict && await Receipt(client.Id, externalId, cancellationToken) is { } winner)
                {
                    return Answer(f, winner.HistoryEntryId);
                }

                return Open311Http.Failure(f, result.Error!);
            }

            return Answer(f, result.Value.History.MaxBy(h => h.Sequence)!.Id);
        }

        private Task<ApiUpdateReceipt?> Receipt(Guid clientId, string externalId, CancellationToken cancellationToken) =>
            db.Set<ApiUpdateReceipt>().AsNoTracking().FirstOrDefaultAsync(r => r.ApiClientId == clientId && r.ExternalId == externalId, cancellationToken);

        private static IResult Answer(string format, Guid updateId) =>
            Open311Http.Document(format, "service_request_updates", new Items("request_update",
                [Fields.Of(("update_id", new Text(updateId.ToString())))]));

        private static Result<(string Id, bool ReportsOpen, string? Text)> Check(Open311Input input)
        {
            var id = input.Get("service_request_id");
            if (id is null)
            {
                return Result<(string, bool, string?)>.Failure("service_request_id was not provided");
            }

            var status = input.Get("status")?.Trim();
            if (status is null || !Open311Status.ExtendedIsOpen.TryGetValue(status, out var open))
            {
                return Result<(string, bool, string?)>.Failure(
                    $"status must be one of {string.Join(", ", Open311Status.ExtendedIsOpen.Keys.Select(k => k.ToUpperInvariant()))}");
            }

            if (input.Get("updated_datetime") is { } when && W3cDateTime.ParseUtc(when) is null)
            {
                return Result<(string, bool, string?)>.Failure("updated_datetime must be a W3C date-time with a time zone");
            }

            if (input.Get("media_url") is { } media && TargetAddress.RefuseUrl(media, allowPrivate: false) is { } refused)
            {
                return Result<(string, bool, string?)>.Failure($"media_url {refused}");
            }

            var text = input.Get("description")?.Trim();
            if (text is { Length: > Catalogue.AnswerRules.MaxTextLength })
            {
                return Result<(string, bool, string?)>.Failure($"description must be {Catalogue.AnswerRules.MaxTextLength:N0} characters or fewer");
            }

            if (text is null && open)
            {
                return Result<(string, bool, string?)>.Failure("description was not provided");
            }

            return (id, open, text);
        }
    }
}
