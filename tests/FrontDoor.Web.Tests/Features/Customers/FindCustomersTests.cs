using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Customers.Workspace;
using FrontDoor.Web.Tests.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Customers;

public abstract class FindCustomersTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : FindCustomersTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : FindCustomersTests(DatabaseProvider.Postgres);

    /// <summary>Five hundred generated residents around the ones a test looks for, so a search has to pick them out.</summary>
    protected override int HistoryRequests => 600;

    private async Task<FindCustomers.Found> Find(string query)
    {
        var council = await WorkspaceData.CouncilId(Host);
        return await Host.InScope(sp => sp.GetRequiredService<FindCustomers.Handler>().Handle(council, query));
    }

    [Fact]
    public async Task Finds_a_customer_by_phone_however_the_number_is_typed()
    {
        var priya = await WorkspaceData.Resident(Host, phone: "07700900555");

        foreach (var typed in new[] { "07700 900 555", "+44 7700 900555", "0044 (0)7700-900-555" })
        {
            var found = await Find(typed);

            Assert.Equal(FindCustomers.Kind.Phone, found.Kind);
            Assert.Contains(found.Customers, c => c.Id == priya.Id);
        }
    }

    [Fact]
    public async Task Finds_a_customer_by_name_despite_typos_and_order()
    {
        var priya = await WorkspaceData.Resident(Host, first: "Priya", last: "Shah");

        foreach (var typed in new[] { "Priya Shah", "priya shah", "Priya Sahh", "Pryia Shah", "Shah Priya", "Priya Shaw" })
        {
            var found = await Find(typed);

            Assert.Equal(FindCustomers.Kind.Name, found.Kind);
            Assert.True(found.Customers.Count > 0 && found.Customers[0].Id == priya.Id, $"'{typed}' did not find Priya Shah first");
        }
    }

    [Fact]
    public async Task Finds_by_email_postcode_and_address_and_a_request_reference_leads_to_its_owner()
    {
        var priya = await WorkspaceData.Resident(Host, email: "Priya.Shah@Example.com", postcode: "E14 2BG");
        var request = await WorkspaceData.MissedBin(Host, priya.Id);

        Assert.Contains((await Find("priya.shah@example.com")).Customers, c => c.Id == priya.Id);
        Assert.Contains((await Find("e142bg")).Customers, c => c.Id == priya.Id);
        Assert.Contains((await Find("12 high st")).Customers, c => c.Id == priya.Id);
        var byReference = await Find(FrontDoor.Domain.References.RequestReference.Parse(request.Reference).Value.Display.ToLowerInvariant());
        Assert.Equal(FindCustomers.Kind.Reference, byReference.Kind);
        Assert.Equal(priya.Id, Assert.Single(byReference.Customers).Id);
    }

    [Fact]
    public async Task A_name_that_is_nothing_like_anyone_finds_nobody()
    {
        await WorkspaceData.Resident(Host);

        Assert.Empty((await Find("Xzqvbn Wqrtyk")).Customers);
    }

    [Fact]
    public async Task Viewing_a_customer_record_is_audited_and_searches_are_audited_without_the_search_words()
    {
        var priya = await WorkspaceData.Resident(Host);
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        var results = await (await advisor.Post("/staff/customers", new() { ["q"] = "07700900123" })).Content.ReadAsStringAsync();
        var record = await advisor.GetPage($"/staff/customers/{priya.Id}");

        Assert.Contains($"/staff/customers/{priya.Id}", results);
        Assert.Contains("Priya Shah", record);
        Assert.Contains("id=\"contacts\"", record);
        var audit = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<AuditEntry>().AsNoTracking().Where(a => a.StaffName == "Amira Hassan").ToListAsync());
        var view = Assert.Single(audit, a => a.Action == AuditAction.Viewed && a.EntityId == priya.Id.ToString());
        Assert.Equal("single customer view", view.Detail);
        var search = Assert.Single(audit, a => a.Action == AuditAction.Searched);
        Assert.DoesNotContain("07700", search.Detail);
    }
}
