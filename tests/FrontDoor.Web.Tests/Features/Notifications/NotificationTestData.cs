using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>Residents, officers and requests for the notification tests.</summary>
internal static class NotificationTestData
{
    public static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Notifications:Dispatcher:Enabled"] = "false",
        ["Notifications:DelayNotices:Enabled"] = "false",
        ["Notifications:PublicBaseUrl"] = "https://frontdoor.thameside.example",
    };

    public static Dictionary<string, string?> With(params IDictionary<string, string?>[] more)
    {
        var all = new Dictionary<string, string?>(Quiet);
        foreach (var (key, value) in more.SelectMany(m => m))
        {
            all[key] = value;
        }

        return all;
    }

    public static async Task<Customer> Resident(FrontDoorHost host, string language = "en", string channel = "email",
        string? email = "amina.hassan@example.com", string? phone = null, string? address = "Flat 3, 12 River Road", string? postcode = "E14 2BG")
    {
        return await host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var council = await db.Set<FrontDoor.Web.Features.Councils.Council>().FirstAsync();
            var customer = new Customer
            {
                CouncilId = council.Id,
                FirstName = "Amina",
                LastName = "Hassan",
                Email = email,
                Phone = phone,
                AddressLine = address,
                Postcode = postcode,
                PreferredLanguage = language,
                PreferredChannel = channel,
                CreatedUtc = host.Clock.GetUtcNow().UtcDateTime,
            };
            db.Add(customer);
            await db.SaveChangesAsync();
            return customer;
        });
    }

    public static async Task<SubmitRequest.Submitted> MissedBin(FrontDoorHost host, Guid? customerId = null, string? reporterEmail = null, string channel = Channel.Web)
    {
        var result = await host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(new SubmitRequest.Command
        {
            CouncilCode = "thameside",
            ServiceCode = "missed-bin",
            Channel = channel,
            Description = "Black bin missed again",
            Address = "12 High Street",
            Answers = new Dictionary<string, string?[]>
            {
                ["bin-type"] = ["general"], ["collection-date"] = ["2026-11-20"], ["bin-out"] = ["yes"],
            },
            CustomerId = customerId,
            ReporterEmail = reporterEmail,
            Actor = Actor.Resident(customerId),
        }));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    public static async Task<StaffMember> Officer(FrontDoorHost host, string name = "Priya Shah") => await host.InScope(async sp =>
    {
        var db = FrontDoorHost.Db(sp);
        var council = await db.Set<FrontDoor.Web.Features.Councils.Council>().FirstAsync();
        var team = await db.Set<FrontDoor.Web.Features.Catalogue.Team>().FirstAsync(t => t.Code == "waste");
        var officer = new StaffMember
        {
            CouncilId = council.Id, TeamId = team.Id, DisplayName = name,
            Email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@thameside.example",
        };
        db.Add(officer);
        await db.SaveChangesAsync();
        return officer;
    });

    public static Task<List<OutboxMessage>> Messages(FrontDoorHost host, Guid? requestId = null) => host.InScope(sp =>
        FrontDoorHost.Db(sp).Set<OutboxMessage>().AsNoTracking().Include(m => m.Attempts)
            .Where(m => requestId == null || m.RequestId == requestId)
            .OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync());

    public static OutboxDispatcher Dispatcher(FrontDoorHost host) => host.Services.GetRequiredService<OutboxDispatcher>();
}
