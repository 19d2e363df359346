using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>
/// A team's open requests ordered by the date promised to the resident, with the filters and counts a team works by.
/// Sorting and filtering use the stored due date in the database; badges come from <see cref="DueState"/>.
/// </summary>
public sealed class TeamQueue(FrontDoorDb db, CouncilCalendar calendar)
{
    public const int PageSize = 50;

    public sealed record Filter(Guid TeamId, string View = "all", string? ServiceCode = null, string? Status = null, Guid? OfficerId = null,
        string? Channel = null, string? Due = null, int Page = 1);

    public sealed record Row(string Reference, int Version, string Service, string Status, string? Officer, string Channel, bool IsAssisted,
        DateTime CreatedUtc, DateOnly DueDate, DueState Due);

    public sealed record Counts(int Open, int Unassigned, int Mine, int AtRisk, int Breached);

    public sealed record Result(IReadOnlyList<Row> Rows, int Matching, Counts Counts);

    public async Task<Result> Load(Guid councilId, Guid viewerId, Filter filter, CancellationToken cancellationToken = default)
    {
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Id == councilId, cancellationToken);
        var context = calendar.ClockFor(council);
        var today = context.Today;
        var atRiskBy = context.Calendar.AddWorkingDays(context.Nation, today, 1) is { Succeeded: true } next ? next.Value : today;

        var open = db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.CouncilId == councilId && r.TeamId == filter.TeamId && r.Status != RequestStatus.Closed);
        // One pass over the team's open requests for all five counts (the owned clock column is projected first so that
        // both providers can aggregate it).
        var counts = await open
            .Select(r => new { r.OfficerId, Running = r.Status != RequestStatus.WaitingForResident, Due = r.ResolveClock.DueDate })
            .GroupBy(r => 1)
            .Select(g => new Counts(
                g.Count(),
                g.Sum(r => r.OfficerId == null ? 1 : 0),
                g.Sum(r => r.OfficerId == viewerId ? 1 : 0),
                g.Sum(r => r.Running && r.Due >= today && r.Due <= atRiskBy ? 1 : 0),
                g.Sum(r => r.Running && r.Due < today ? 1 : 0)))
            .FirstOrDefaultAsync(cancellationToken) ?? new Counts(0, 0, 0, 0, 0);

        var query = filter.View switch
        {
            "mine" => open.Where(r => r.OfficerId == viewerId),
            "unassigned" => open.Where(r => r.OfficerId == null),
            _ => open,
        };
        if (!string.IsNullOrWhiteSpace(filter.ServiceCode))
        {
            query = query.Where(r => r.Service!.Code == filter.ServiceCode);
        }

        if (RequestStatus.IsKnown(filter.Status))
        {
            query = query.Where(r => r.Status == filter.Status);
        }

        if (filter.OfficerId is { } officer)
        {
            query = query.Where(r => r.OfficerId == officer);
        }

        if (Requests.Channel.IsKnown(filter.Channel))
        {
            query = query.Where(r => r.Channel == filter.Channel);
        }

        query = filter.Due switch
        {
            "breached" => query.Where(r => r.Status != RequestStatus.WaitingForResident && r.ResolveClock.DueDate < today),
            "at-risk" => query.Where(r => r.Status != RequestStatus.WaitingForResident && r.ResolveClock.DueDate >= today && r.ResolveClock.DueDate <= atRiskBy),
            _ => query,
        };

        var unfiltered = string.IsNullOrWhiteSpace(filter.ServiceCode) && !RequestStatus.IsKnown(filter.Status) && filter.OfficerId is null
            && !Requests.Channel.IsKnown(filter.Channel) && filter.Due is not ("breached" or "at-risk");
        var matching = unfiltered
            ? filter.View switch { "mine" => counts.Mine, "unassigned" => counts.Unassigned, _ => counts.Open }
            : await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(r => r.ResolveClock.DueDate).ThenBy(r => r.CreatedUtc)
            .Skip((Math.Max(1, filter.Page) - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Reference, r.Version, Service = r.Service!.Name, r.Status, r.OfficerName, r.Channel, r.IsAssisted, r.CreatedUtc,
                r.ResolveClock.DueDate, r.ResolveClock.AtRiskWithinWorkingDays,
            })
            .ToListAsync(cancellationToken);
        return new Result(
            rows.Select(r => new Row(r.Reference, r.Version, r.Service, r.Status, r.OfficerName, r.Channel, r.IsAssisted, r.CreatedUtc, r.DueDate,
                DueState.For(r.Status, r.DueDate, r.AtRiskWithinWorkingDays, context.Calendar, context.Nation, today))).ToList(),
            matching,
            counts);
    }
}
