using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>A few standard responses for the demo council, added once.</summary>
public sealed class SeedResponseTemplates(FrontDoorDb db)
{
    private static readonly (string? Service, string? Status, string Title, string Body)[] Defaults =
    [
        (null, RequestStatus.Acknowledged, "We have your request",
            "Dear {resident_name}, thank you for your request {reference}. {officer} is dealing with it and we expect to finish by {due_date}."),
        (null, RequestStatus.InProgress, "Progress update",
            "Dear {resident_name}, we are working on your request {reference}. We still expect to finish by {due_date}. You do not need to contact us."),
        (null, RequestStatus.WaitingForResident, "We need more information",
            "Dear {resident_name}, to carry on with request {reference} we need more information from you. Please reply to this message. We have paused our target date until we hear from you."),
        ("missed-bin", null, "Missed bin: crew returning",
            "Dear {resident_name}, we are sorry your bin was missed. The crew will return to collect it by {due_date}. Please leave it out until then."),
        ("missed-bin", RequestStatus.ActionScheduled, "Missed bin: collection booked",
            "Dear {resident_name}, we have booked a crew to collect your bin by {due_date}. Your reference is {reference}."),
        ("pothole", RequestStatus.ActionScheduled, "Pothole: repair booked",
            "Dear {resident_name}, an inspector has looked at the pothole you reported ({reference}). We have booked a repair and expect it to be done by {due_date}."),
    ];

    public async Task Seed(string councilCode, CancellationToken cancellationToken = default)
    {
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == councilCode, cancellationToken);
        if (council is null || await db.Set<ResponseTemplate>().AnyAsync(t => t.CouncilId == council.Id, cancellationToken))
        {
            return;
        }

        var services = await db.Set<Service>().AsNoTracking().Where(s => s.CouncilId == council.Id)
            .ToDictionaryAsync(s => s.Code, s => s.Id, cancellationToken);
        foreach (var (service, status, title, body) in Defaults)
        {
            db.Add(new ResponseTemplate
            {
                CouncilId = council.Id,
                ServiceId = service is null ? null : services.GetValueOrDefault(service),
                Status = status,
                Title = title,
                Body = body,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
