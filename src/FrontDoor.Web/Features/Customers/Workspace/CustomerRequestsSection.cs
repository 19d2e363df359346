using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Workspace;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>All the customer's requests across services: status, named officer, due date and how it stands.</summary>
public sealed class CustomerRequestsSection(FrontDoorDb db, CouncilCalendar calendar) : ICustomerSection
{
    public int Order => 10;

    public string Id => "requests";

    public string Title => "Requests";

    public string Partial => "_CustomerRequests";

    public sealed record Line(string Reference, string Service, string Status, string? Officer, string Team, string Channel, DateTime CreatedUtc,
        DateOnly DueDate, DueState Due);

    public async Task<object?> Load(Guid customerId, StaffUser viewer, CancellationToken cancellationToken)
    {
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Id == viewer.CouncilId, cancellationToken);
        var context = calendar.ClockFor(council);
        var rows = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.CustomerId == customerId && r.CouncilId == viewer.CouncilId)
            .OrderByDescending(r => r.CreatedUtc).Take(100)
            .Select(r => new
            {
                r.Reference, Service = r.Service!.Name, r.Status, r.OfficerName, Team = r.Service.Team!.Name, r.Channel, r.CreatedUtc,
                r.ResolveClock.DueDate, r.ResolveClock.AtRiskWithinWorkingDays,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Line(r.Reference, r.Service, r.Status, r.OfficerName, r.Team, r.Channel, r.CreatedUtc, r.DueDate,
            DueState.For(r.Status, r.DueDate, r.AtRiskWithinWorkingDays, context.Calendar, context.Nation, context.Today))).ToList();
    }
}
