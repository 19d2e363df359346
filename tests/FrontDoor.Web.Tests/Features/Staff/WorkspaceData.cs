using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Staff;

/// <summary>Residents and requests for staff tests, made through the real use cases.</summary>
public static class WorkspaceData
{
    public static async Task<Customer> Resident(FrontDoorHost host, string first = "Priya", string last = "Shah", string? phone = "07700900123",
        string? email = "priya.shah@example.com", string postcode = "E14 2BG")
    {
        var customer = new Customer
        {
            CouncilId = await CouncilId(host),
            FirstName = first,
            LastName = last,
            Phone = phone,
            Email = email,
            AddressLine = "12 High Street",
            Postcode = postcode,
            CreatedUtc = host.Clock.GetUtcNow().UtcDateTime,
        };
        await host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            db.Add(customer);
            await db.SaveChangesAsync();
        });
        return customer;
    }

    /// <summary>A missed-bin request (waste team) for the customer, made online.</summary>
    public static async Task<ServiceRequest> MissedBin(FrontDoorHost host, Guid? customerId, string channel = Channel.Web)
    {
        var submitted = await host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(new SubmitRequest.Command
        {
            CouncilCode = "thameside",
            ServiceCode = "missed-bin",
            Channel = channel,
            Description = "Black bin missed again",
            Address = "12 High Street",
            Answers = new Dictionary<string, string?[]> { ["bin-type"] = ["general"], ["collection-date"] = ["2026-11-20"], ["bin-out"] = ["yes"] },
            CustomerId = customerId,
            Actor = Actor.Resident(customerId),
        }));
        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        return await Request(host, submitted.Value.Reference);
    }

    /// <summary>A pothole request (highways team), for another team's work.</summary>
    public static async Task<ServiceRequest> Pothole(FrontDoorHost host)
    {
        var service = await host.InScope(sp => FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Catalogue.Service>().AsNoTracking()
            .Include(s => s.Questions).SingleAsync(s => s.Code == "pothole"));
        var answers = service.Questions.Where(q => q.Required).ToDictionary(q => q.Code, q => q.Options.Count > 0
            ? new[] { q.Options[0].Value }
            : q.Type == FrontDoor.Web.Features.Catalogue.QuestionType.Date ? ["2026-11-20"] : q.Type == FrontDoor.Web.Features.Catalogue.QuestionType.Number ? ["1"] : ["Deep"]);
        var submitted = await host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(new SubmitRequest.Command
        {
            CouncilCode = "thameside",
            ServiceCode = "pothole",
            Channel = Channel.Web,
            Address = "Outside 3 Dock Road",
            Answers = answers.ToDictionary(a => a.Key, a => a.Value.Cast<string?>().ToArray()),
            Actor = Actor.Resident(null),
        }));
        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        return await Request(host, submitted.Value.Reference);
    }

    public static Task<ServiceRequest> Request(FrontDoorHost host, string reference) =>
        host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().Include(r => r.History).SingleAsync(r => r.Reference == reference));

    public static Task<Guid> CouncilId(FrontDoorHost host) =>
        host.InScope(sp => FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Councils.Council>().Where(c => c.Code == "thameside").Select(c => c.Id).SingleAsync());

    public static Task<Guid> StaffId(FrontDoorHost host, string email) =>
        host.InScope(sp => FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Staff.StaffMember>().Where(s => s.Email == email).Select(s => s.Id).SingleAsync());
}
