using FrontDoor.Domain.References;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// GET requests, GET requests/{id} and GET tokens/{token}. A service_request_id list overrides every other filter;
/// otherwise the window is start_date to end_date (at most 90 days; the most recent 90 days by default), newest first,
/// at most 1,000 rows.
/// </summary>
public static class GetServiceRequests
{
    public const int MaxRows = 1000;
    public const int MaxDays = 90;

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

        var input = query.Value;
        var council = await Open311Http.Council(input, jurisdictions, db, cancellationToken);
        if (!council.Succeeded)
        {
            return Open311Http.Failure(f, council.Error!);
        }

        var requests = RequestRows.Public(db, council.Value);
        var ids = input.List("service_request_id");
        if (ids.Count > MaxRows)
        {
            return Open311Http.Error(f, 400, $"service_request_id may list at most {MaxRows:N0} ids");
        }

        if (ids.Count > 0)
        {
            var references = ids.Select(id => RequestReference.Parse(id)).Where(r => r.Succeeded).Select(r => r.Value.Value).Distinct().ToList();
            requests = requests.Where(r => references.Contains(r.Reference));
        }
        else
        {
            var filtered = Filter(input, requests, time.GetUtcNow().UtcDateTime);
            if (filtered.Error is { } error)
            {
                return Open311Http.Error(f, 400, error);
            }

            requests = filtered.Requests!;
        }

        var rows = await RequestRows.Project(db, requests.OrderByDescending(r => r.CreatedUtc).Take(MaxRows)).ToListAsync(cancellationToken);
        return Open311Http.Document(f, "service_requests", new Items("request", rows.Select(RequestRows.ToOpen311).ToList()));
    }

    public static async Task<IResult> One(string id, string format, HttpContext http, FrontDoorDb db, Jurisdictions jurisdictions, CancellationToken cancellationToken)
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

        var reference = RequestReference.Parse(id);
        var row = reference.Succeeded
            ? await RequestRows.Project(db, RequestRows.Public(db, council.Value).Where(r => r.Reference == reference.Value.Value)).FirstOrDefaultAsync(cancellationToken)
            : null;
        return row is null
            ? Open311Http.Error(f, 404, $"service_request_id '{Open311Http.Shorten(id)}' was not found")
            : Open311Http.Document(f, "service_requests", new Items("request", [RequestRows.ToOpen311(row)]));
    }

    /// <summary>
    /// Every service is realtime, so POST never returns a token; a client that sent an Idempotency-Key can use it as
    /// a token to find the request it made (useful after a timeout).
    /// </summary>
    public static async Task<IResult> Token(string token, string format, HttpContext http, FrontDoorDb db, Jurisdictions jurisdictions, CancellationToken cancellationToken)
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

        var reference = await db.Set<ApiSubmission>().AsNoTracking()
            .Where(s => s.CouncilId == council.Value && s.IdempotencyKey == token)
            .Select(s => s.RequestReference)
            .FirstOrDefaultAsync(cancellationToken);
        return reference is null
            ? Open311Http.Error(f, 404, $"token '{Open311Http.Shorten(token)}' was not found")
            : Open311Http.Document(f, "service_requests", new Items("request",
                [Fields.Of(("service_request_id", new Text(reference)), ("token", new Text(token)))]));
    }

    private static (IQueryable<ServiceRequest>? Requests, string? Error) Filter(Open311Input input, IQueryable<ServiceRequest> requests, DateTime now)
    {
        var range = DateRange(input, now);
        if (range.Error is not null)
        {
            return (null, range.Error);
        }

        var (from, to) = (range.From, range.To);
        requests = requests.Where(r => r.CreatedUtc >= from && r.CreatedUtc <= to);

        var codes = input.List("service_code");
        if (codes.Count > 0)
        {
            requests = requests.Where(r => codes.Contains(r.Service!.Code));
        }

        var statuses = input.List("status").Select(s => s.ToLowerInvariant()).Distinct().ToList();
        var unknown = statuses.FirstOrDefault(s => s is not (Open311Status.Open or Open311Status.Closed));
        if (unknown is not null)
        {
            return (null, $"status '{Open311Http.Shorten(unknown)}' is not a status: use open or closed");
        }

        if (statuses.Count == 1)
        {
            requests = statuses[0] == Open311Status.Open
                ? requests.Where(r => r.Status != RequestStatus.Closed)
                : requests.Where(r => r.Status == RequestStatus.Closed);
        }

        return (requests, null);
    }

    /// <summary>start_date and end_date in W3C format, at most 90 days apart; either may be left out.</summary>
    public static (DateTime From, DateTime To, string? Error) DateRange(Open311Input input, DateTime now, int defaultDays = MaxDays)
    {
        var startText = input.Get("start_date");
        var endText = input.Get("end_date");
        var start = W3cDateTime.ParseUtc(startText);
        var end = W3cDateTime.ParseUtc(endText);
        if (startText is not null && start is null)
        {
            return (default, default, "start_date must be a W3C date-time with a time zone, e.g. 2026-11-01T00:00:00Z");
        }

        if (endText is not null && end is null)
        {
            return (default, default, "end_date must be a W3C date-time with a time zone, e.g. 2026-11-30T23:59:59Z");
        }

        var to = end ?? (start is { } s ? s.AddDays(MaxDays) : now);
        var from = start ?? to.AddDays(-defaultDays);
        if (from > to)
        {
            return (default, default, "start_date must be before end_date");
        }

        if (to - from > TimeSpan.FromDays(MaxDays))
        {
            return (default, default, $"start_date and end_date may be at most {MaxDays} days apart");
        }

        return (from, to, null);
    }
}
