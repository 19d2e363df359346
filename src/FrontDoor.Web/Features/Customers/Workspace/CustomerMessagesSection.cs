using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>The messages between the customer and the council on their requests: what they wrote and what we told them.</summary>
public sealed class CustomerMessagesSection(FrontDoorDb db) : ICustomerSection
{
    public int Order => 30;

    public string Id => "messages";

    public string Title => "Messages";

    public string Partial => "_CustomerMessages";

    public sealed record Message(DateTime AtUtc, string Reference, bool FromResident, string From, string Text);

    public async Task<object?> Load(Guid customerId, StaffUser viewer, CancellationToken cancellationToken)
    {
        var rows = await (
                from h in db.Set<RequestHistoryEntry>().AsNoTracking()
                join r in db.Set<ServiceRequest>().AsNoTracking() on h.RequestId equals r.Id
                where r.CustomerId == customerId && r.CouncilId == viewer.CouncilId
                      && (h.Action == HistoryAction.ResidentMessage || h.Action == HistoryAction.PublicUpdate)
                orderby h.AtUtc descending
                select new { h.AtUtc, r.Reference, h.Action, h.ActorName, h.PublicNote })
            .Take(50).ToListAsync(cancellationToken);
        return rows.Select(m => new Message(m.AtUtc, m.Reference, m.Action == HistoryAction.ResidentMessage,
            m.Action == HistoryAction.ResidentMessage ? "Resident" : m.ActorName, m.PublicNote ?? "")).ToList();
    }
}
