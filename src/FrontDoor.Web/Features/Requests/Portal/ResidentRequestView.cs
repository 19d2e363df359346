using System.Linq.Expressions;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// A request as its resident sees it: the public history only (rows marked visible to the resident, their public
/// notes — internal notes are never read), the named officer or team, and the date. Shared by My Account and guest tracking.
/// </summary>
public sealed record ResidentRequestView(
    Guid Id, string Reference, string ServiceCode, string ServiceName, string TeamName, string? OfficerName, string Status,
    bool IsOpen, DateOnly DueDate, DateTime CreatedUtc, DateTime? ClosedUtc, string? Address, int Version,
    IReadOnlyList<RequestAnswer> Answers, IReadOnlyList<ResidentHistoryItem> History)
{
    public string DisplayReference => RequestReference.Parse(Reference) is { Succeeded: true } parsed ? parsed.Value.Display : Reference;

    public static async Task<ResidentRequestView?> Find(FrontDoorDb db, Expression<Func<ServiceRequest, bool>> which, CancellationToken cancellationToken)
    {
        var row = await db.Set<ServiceRequest>().AsNoTracking().Where(which)
            .Select(r => new
            {
                r.Id, r.Reference, ServiceCode = r.Service!.Code, ServiceName = r.Service.Name, r.TeamId, r.OfficerName, r.Status,
                r.ResolveClock.DueDate, r.CreatedUtc, r.ClosedUtc, r.Address, r.Version, r.Answers,
                History = r.History.Where(h => h.VisibleToResident).OrderBy(h => h.Sequence)
                    .Select(h => new ResidentHistoryItem(h.AtUtc, h.Action, h.ToStatus, h.PublicNote, h.ActorKind == Actor.ResidentKind))
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var team = await db.Set<Team>().AsNoTracking().Where(t => t.Id == row.TeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        return new ResidentRequestView(row.Id, row.Reference, row.ServiceCode, row.ServiceName, team ?? "", row.OfficerName, row.Status,
            RequestStatus.IsOpen(row.Status), row.DueDate, row.CreatedUtc, row.ClosedUtc, row.Address, row.Version, row.Answers, row.History);
    }
}

/// <summary>One event the resident sees: when, what, the status after it, and the note written for them.</summary>
public sealed record ResidentHistoryItem(DateTime AtUtc, string Action, string? ToStatus, string? PublicNote, bool ByResident);
