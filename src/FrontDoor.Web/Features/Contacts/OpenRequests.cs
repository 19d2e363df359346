using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Contacts;

/// <summary>
/// A customer's open requests, for the contact form: when they call about a service they already have an open request
/// for, the form suggests "chasing an existing request" and links the contact to it.
/// </summary>
public sealed class OpenRequests(FrontDoorDb db)
{
    public sealed record Open(string Reference, string ServiceCode, string ServiceName, string Status, DateOnly DueDate, string? OfficerName);

    public async Task<IReadOnlyList<Open>> For(Guid councilId, Guid? customerId, CancellationToken cancellationToken = default) =>
        customerId is null
            ? []
            : await db.Set<ServiceRequest>().AsNoTracking()
                .Where(r => r.CouncilId == councilId && r.CustomerId == customerId && r.Status != RequestStatus.Closed)
                .OrderBy(r => r.ResolveClock.DueDate)
                .Select(r => new Open(r.Reference, r.Service!.Code, r.Service.Name, r.Status, r.ResolveClock.DueDate, r.OfficerName))
                .Take(20)
                .ToListAsync(cancellationToken);

    /// <summary>The open request the contact is probably chasing: the soonest due for the same service.</summary>
    public static Open? Chased(IReadOnlyList<Open> open, string? serviceCode) =>
        serviceCode is null ? null : open.FirstOrDefault(r => r.ServiceCode == serviceCode);
}
