using FrontDoor.Domain.Clocks;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>Everything the case page shows about one request, read in one go.</summary>
public sealed class CaseFile(FrontDoorDb db, CouncilCalendar calendar)
{
    public sealed record Clock(string Name, DateOnly DueDate, ClockReading? Reading);

    public sealed record View(ServiceRequest Request, Service Service, string TeamName, string? CustomerName, Guid? DuplicateOf,
        string? DuplicateOfReference, IReadOnlyList<Clock> Clocks, IReadOnlyList<ResponseTemplate> Templates, ResponseTemplate.Values Values);

    public async Task<View?> Load(Guid councilId, string reference, CancellationToken cancellationToken = default)
    {
        var parsed = RequestReference.Parse(reference);
        if (!parsed.Succeeded)
        {
            return null;
        }

        var request = await db.Set<ServiceRequest>().AsNoTracking().Include(r => r.History).Include(r => r.Service).ThenInclude(s => s!.Team)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Reference == parsed.Value.Value && r.CouncilId == councilId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Id == councilId, cancellationToken);
        var context = calendar.ClockFor(council);
        var team = await db.Set<Team>().AsNoTracking().Where(t => t.Id == request.TeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var customer = request.CustomerId is { } customerId
            ? await db.Set<Customers.Customer>().AsNoTracking().Where(c => c.Id == customerId).Select(c => c.FirstName + " " + c.LastName)
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var original = request.DuplicateOfId is { } duplicateOf
            ? await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Id == duplicateOf).Select(r => r.Reference).FirstOrDefaultAsync(cancellationToken)
            : null;
        var templates = await db.Set<ResponseTemplate>().AsNoTracking()
            .Where(t => t.CouncilId == councilId && (t.ServiceId == null || t.ServiceId == request.ServiceId) && (t.Status == null || t.Status == request.Status))
            .OrderByDescending(t => t.ServiceId).ThenBy(t => t.Title)
            .ToListAsync(cancellationToken);
        var clocks = new List<Clock>
        {
            new("Acknowledge", request.AcknowledgeClock.DueDate, Read(request.AcknowledgeClock, context)),
            new("Resolve", request.ResolveClock.DueDate, Read(request.ResolveClock, context)),
        };
        var values = new ResponseTemplate.Values(customer ?? request.ReporterName, RequestReference.Parse(request.Reference).Value.Display,
            request.Service!.Name, request.OfficerName, team, request.ResolveClock.DueDate);
        return new View(request, request.Service, team, customer, request.DuplicateOfId, original, clocks, templates, values);
    }

    private static ClockReading? Read(RequestClock clock, ClockContext context) =>
        clock.Read(context) is { Succeeded: true } reading ? reading.Value : null;
}
