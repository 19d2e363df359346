using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Feedback;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// The feedback given about the customer's requests. Feedback is stored without who gave it; only answers tied to one
/// of this customer's requests are shown here, so anonymous general feedback stays anonymous.
/// </summary>
public sealed class CustomerFeedbackSection(FrontDoorDb db) : ICustomerSection
{
    public int Order => 40;

    public string Id => "feedback";

    public string Title => "Feedback";

    public string Partial => "_CustomerFeedback";

    public sealed record Answer(DateTime CreatedUtc, string Reference, string? Service, string Stage, int? Satisfaction, int? EaseOfUse, string? Comments);

    public async Task<object?> Load(Guid customerId, StaffUser viewer, CancellationToken cancellationToken)
    {
        var rows = await (
                from f in db.Set<FeedbackResponse>().AsNoTracking()
                join r in db.Set<ServiceRequest>().AsNoTracking() on f.RequestId equals r.Id
                where r.CustomerId == customerId && r.CouncilId == viewer.CouncilId
                orderby f.CreatedUtc descending
                select new { f.CreatedUtc, r.Reference, Service = db.Set<Service>().Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault(),
                    f.Stage, f.Satisfaction, f.EaseOfUse, f.Comments })
            .Take(50).ToListAsync(cancellationToken);
        return rows.Select(f => new Answer(f.CreatedUtc, f.Reference, f.Service, f.Stage, f.Satisfaction, f.EaseOfUse, f.Comments)).ToList();
    }
}
