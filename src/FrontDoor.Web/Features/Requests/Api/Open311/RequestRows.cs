using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// Requests as the public may see them: never the reporter's name, email or phone, never internal notes, never a
/// request in a sensitive service. Every public read (Open311 GET, the JSON API, webhooks) starts here.
/// </summary>
public static class RequestRows
{
    public sealed record Row(
        Guid Id,
        string Reference,
        string Status,
        string? ClosureReason,
        Guid ServiceId,
        string ServiceCode,
        string ServiceName,
        string TeamName,
        string WhatHappensNext,
        string Description,
        DateTime CreatedUtc,
        DateTime UpdatedUtc,
        DateOnly DueDate,
        string? Address,
        string? Postcode,
        double? Latitude,
        double? Longitude,
        string? StatusNotes,
        string? MediaUrl,
        string? AddressId);

    /// <summary>Rows that show what the council did, with a note the resident sees (not their own messages).</summary>
    public static IQueryable<RequestHistoryEntry> PublicUpdates(FrontDoorDb db) =>
        db.Set<RequestHistoryEntry>().Where(h => h.VisibleToResident && h.PublicNote != null
            && h.ActorKind != Actor.ResidentKind
            && h.Action != HistoryAction.InternalNote && h.Action != HistoryAction.ResidentMessage && h.Action != HistoryAction.Assigned);

    public static IQueryable<ServiceRequest> Public(FrontDoorDb db, Guid councilId) =>
        db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.CouncilId == councilId && !r.Service!.Sensitive);

    public static IQueryable<Row> Project(FrontDoorDb db, IQueryable<ServiceRequest> requests)
    {
        var updates = PublicUpdates(db);
        var submissions = db.Set<ApiSubmission>();
        return requests.Select(r => new Row(
            r.Id,
            r.Reference,
            r.Status,
            r.ClosureReason,
            r.ServiceId,
            r.Service!.Code,
            r.Service.Name,
            r.Service.Team != null ? r.Service.Team.Name : "",
            r.Service.WhatHappensNext,
            r.Description,
            r.CreatedUtc,
            r.UpdatedUtc,
            r.ResolveClock.DueDate,
            r.Address,
            r.Postcode,
            r.Latitude,
            r.Longitude,
            updates.Where(h => h.RequestId == r.Id).OrderByDescending(h => h.Sequence).Select(h => h.PublicNote).FirstOrDefault(),
            submissions.Where(s => s.RequestId == r.Id).Select(s => s.MediaUrl).FirstOrDefault(),
            submissions.Where(s => s.RequestId == r.Id).Select(s => s.AddressId).FirstOrDefault()));
    }

    /// <summary>A request in GeoReport v2's order of fields.</summary>
    public static Node ToOpen311(Row r) => Fields.Of(
        ("service_request_id", new Text(r.Reference)),
        ("status", new Text(Open311Status.Of(r.Status))),
        ("status_notes", new Text(r.StatusNotes)),
        ("service_name", new Text(r.ServiceName)),
        ("service_code", new Text(r.ServiceCode)),
        ("description", new Text(string.IsNullOrEmpty(r.Description) ? null : r.Description)),
        ("agency_responsible", new Text(Blank(r.TeamName))),
        ("service_notice", new Text(Blank(r.WhatHappensNext))),
        ("requested_datetime", new Text(W3cDateTime.Format(r.CreatedUtc))),
        ("updated_datetime", new Text(W3cDateTime.Format(r.UpdatedUtc))),
        ("expected_datetime", new Text(W3cDateTime.EndOfDay(r.DueDate))),
        ("address", new Text(r.Address)),
        ("address_id", new Text(r.AddressId)),
        ("zipcode", new Text(r.Postcode)),
        ("lat", new Number(r.Latitude)),
        ("long", new Number(r.Longitude)),
        ("media_url", new Text(r.MediaUrl)));

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
