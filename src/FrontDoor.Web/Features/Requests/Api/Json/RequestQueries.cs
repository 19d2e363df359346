using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Requests.Api.Open311;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Json;

/// <summary>The JSON API's reads: search and list, and one request with its public history.</summary>
public static class RequestQueries
{
    public const int MaxLimit = 1000;

    public static async Task<IResult> Search(
        HttpContext http, FrontDoorDb db,
        string? status, string? serviceCode, string? createdFrom, string? createdTo, string? updatedSince, string? q,
        int? offset, int? limit, CancellationToken cancellationToken)
    {
        var client = ApiCaller.Of(http);
        var requests = RequestRows.Public(db, client.CouncilId);
        if (status is not null)
        {
            var wanted = status.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var unknown = wanted.FirstOrDefault(s => !RequestStatus.IsKnown(s) && s != Open311Status.Open);
            if (unknown is not null)
            {
                return ApiJson.Failure(new Domain.Results.Error($"'{unknown}' is not a status. Use open, or one of: {string.Join(", ", RequestStatus.All)}", "status"));
            }

            // "open" means every status in the open category.
            var exact = wanted.Where(RequestStatus.IsKnown).Concat(wanted.Contains(Open311Status.Open) ? RequestStatus.Open : []).Distinct().ToList();
            requests = requests.Where(r => exact.Contains(r.Status));
        }

        if (serviceCode is not null)
        {
            var codes = serviceCode.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            requests = requests.Where(r => codes.Contains(r.Service!.Code));
        }

        foreach (var (name, text) in new[] { ("created_from", createdFrom), ("created_to", createdTo), ("updated_since", updatedSince) })
        {
            if (text is not null && W3cDateTime.ParseUtc(text) is null)
            {
                return ApiJson.Failure(new Domain.Results.Error($"{name} must be a W3C date-time with a time zone, e.g. 2026-11-01T00:00:00Z", name));
            }
        }

        if (W3cDateTime.ParseUtc(createdFrom) is { } from)
        {
            requests = requests.Where(r => r.CreatedUtc >= from);
        }

        if (W3cDateTime.ParseUtc(createdTo) is { } to)
        {
            requests = requests.Where(r => r.CreatedUtc <= to);
        }

        if (W3cDateTime.ParseUtc(updatedSince) is { } since)
        {
            requests = requests.Where(r => r.UpdatedUtc >= since);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var reference = RequestReference.Parse(q);
            var term = q.Trim();
            requests = reference.Succeeded
                ? requests.Where(r => r.Reference == reference.Value.Value)
                : requests.Where(r => r.Description.Contains(term) || (r.Address != null && r.Address.Contains(term)));
        }

        var take = Math.Clamp(limit ?? 100, 1, MaxLimit);
        var skip = Math.Max(offset ?? 0, 0);
        var rows = await RequestRows.Project(db, requests.OrderByDescending(r => r.CreatedUtc).ThenBy(r => r.Id).Skip(skip).Take(take + 1))
            .ToListAsync(cancellationToken);
        return ApiJson.Ok(new ApiRequestList(rows.Take(take).Select(ToApi).ToList(), skip, take, rows.Count > take));
    }

    public static async Task<IResult> One(string reference, HttpContext http, FrontDoorDb db, CancellationToken cancellationToken)
    {
        var detail = await Detail(db, ApiCaller.Of(http).CouncilId, reference, cancellationToken);
        return detail is null ? NotFound(reference) : ApiJson.Ok(detail);
    }

    public static IResult NotFound(string reference) =>
        ApiJson.Failure(Domain.Results.Error.NotFound($"There is no request with the reference {Open311Http.Shorten(reference)}"));

    /// <summary>The request if this council's client may see it, else null (another council's, sensitive or unknown).</summary>
    public static async Task<ApiRequestDetail?> Detail(FrontDoorDb db, Guid councilId, string reference, CancellationToken cancellationToken)
    {
        var parsed = RequestReference.Parse(reference);
        if (!parsed.Succeeded)
        {
            return null;
        }

        var requests = RequestRows.Public(db, councilId).Where(r => r.Reference == parsed.Value.Value);
        var row = await RequestRows.Project(db, requests).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var version = await requests.Select(r => r.Version).FirstAsync(cancellationToken);
        var history = await db.Set<RequestHistoryEntry>().AsNoTracking()
            .Where(h => h.RequestId == row.Id && h.VisibleToResident && h.Action != HistoryAction.InternalNote && h.Action != HistoryAction.ResidentMessage)
            .OrderBy(h => h.Sequence)
            .Select(h => new { h.Sequence, h.AtUtc, h.Action, h.FromStatus, h.ToStatus, h.ActorKind, h.PublicNote })
            .ToListAsync(cancellationToken);
        return new ApiRequestDetail(
            ToApi(row),
            version,
            RequestLifecycle.AllowedFrom(row.Status),
            history.Select(h => new ApiHistoryEntry(h.Sequence, W3cDateTime.Format(h.AtUtc), h.Action, h.FromStatus, h.ToStatus, h.ActorKind,
                // What a resident wrote (a reopening reason) may name people: the API shows that it happened, not the words.
                h.ActorKind == Actor.ResidentKind ? null : h.PublicNote)).ToList());
    }

    public static ApiRequest ToApi(RequestRows.Row r) => new(
        r.Reference,
        RequestReference.Parse(r.Reference) is { Succeeded: true } parsed ? parsed.Value.Display : r.Reference,
        r.Status,
        Open311Status.Of(r.Status),
        r.ClosureReason,
        r.ServiceCode,
        r.ServiceName,
        r.TeamName,
        string.IsNullOrEmpty(r.Description) ? null : r.Description,
        r.Address,
        r.Postcode,
        r.Latitude,
        r.Longitude,
        r.AddressId,
        r.MediaUrl,
        W3cDateTime.Format(r.CreatedUtc),
        W3cDateTime.Format(r.UpdatedUtc),
        W3cDateTime.EndOfDay(r.DueDate),
        r.StatusNotes);
}
