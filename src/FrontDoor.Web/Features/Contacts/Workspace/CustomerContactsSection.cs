using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Customers.Workspace;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Contacts.Workspace;

/// <summary>Every contact the customer has made, on every channel, newest first.</summary>
public sealed class CustomerContactsSection(FrontDoorDb db) : ICustomerSection
{
    public int Order => 20;

    public string Id => "contacts";

    public string Title => "Contacts";

    public string Partial => "/Features/Contacts/Workspace/_CustomerContacts.cshtml";

    public sealed record Line(DateTime AtUtc, string Channel, string? Service, string? Reference, string Outcome, string Demand, string StaffName, string? Notes);

    public async Task<object?> Load(Guid customerId, StaffUser viewer, CancellationToken cancellationToken)
    {
        var rows = await (
                from c in db.Set<Contact>().AsNoTracking()
                where c.CustomerId == customerId && c.CouncilId == viewer.CouncilId
                orderby c.AtUtc descending
                select new
                {
                    c.AtUtc, c.Channel, c.Outcome, c.DemandType, c.FailureReason, c.StaffName, c.Notes,
                    Service = db.Set<Service>().Where(s => s.Id == c.ServiceId).Select(s => s.Name).FirstOrDefault(),
                    Reference = db.Set<ServiceRequest>().Where(r => r.Id == c.RequestId).Select(r => r.Reference).FirstOrDefault(),
                })
            .Take(100).ToListAsync(cancellationToken);
        return rows.Select(c => new Line(c.AtUtc, c.Channel, c.Service, c.Reference, c.Outcome,
            c.DemandType == FailureDemand.Failure ? $"Failure: {FailureDemand.Describe(c.FailureReason ?? FailureDemand.Other).ToLowerInvariant()}" : "Value",
            c.StaffName, c.Notes)).ToList();
    }
}
