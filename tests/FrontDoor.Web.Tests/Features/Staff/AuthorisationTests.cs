using System.Net;
using System.Security.Claims;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Tests.Features.Staff;

/// <summary>
/// Issue 4, item 9: residents never reach staff pages; each role is refused what it may not do; every state change
/// needs an antiforgery token. The rules are in StaffPermissions and docs/staff.md.
/// </summary>
public abstract class AuthorisationTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : AuthorisationTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : AuthorisationTests(DatabaseProvider.Postgres);

    private async Task<string[]> StaffPages()
    {
        var customer = await WorkspaceData.Resident(Host);
        var request = await WorkspaceData.MissedBin(Host, customer.Id);
        return
        [
            "/staff", "/staff/queue", "/staff/customers", $"/staff/customers/{customer.Id}", "/staff/contacts/new",
            "/staff/requests/new", $"/staff/requests/{request.Reference}", "/staff/audit", "/staff/account",
        ];
    }

    [Fact]
    public async Task Nobody_signed_out_reaches_a_staff_page()
    {
        var client = StaffSession.NewClient(Host);

        foreach (var page in await StaffPages())
        {
            var response = await client.GetAsync(page);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/staff/sign-in", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task A_signed_in_resident_never_reaches_a_staff_page_even_with_a_staff_claim_in_their_cookie()
    {
        var client = StaffSession.NewClient(Host);
        client.DefaultRequestHeaders.Add("Cookie", $"frontdoor-resident={ResidentCookie()}");

        foreach (var page in await StaffPages())
        {
            var response = await client.GetAsync(page);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/staff/sign-in", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task A_performance_analyst_sees_queues_and_cases_but_cannot_change_a_request_or_open_a_customer_record()
    {
        var customer = await WorkspaceData.Resident(Host);
        var request = await WorkspaceData.MissedBin(Host, customer.Id);
        var analyst = await StaffSession.SignIn(Host, StaffSession.Analyst);

        var casePage = await analyst.GetPage($"/staff/requests/{request.Reference}");
        var change = await analyst.Post($"/staff/requests/{request.Reference}?handler=Status",
            new() { ["Version"] = request.Version.ToString(), ["Form.Status"] = RequestStatus.InProgress });
        var note = await analyst.Post($"/staff/requests/{request.Reference}?handler=Update",
            new() { ["Version"] = request.Version.ToString(), ["Form.UpdateText"] = "Hello", ["Form.UpdateIsPublic"] = "true" });

        Assert.DoesNotContain("Change status", casePage);
        AssertDenied(change);
        AssertDenied(note);
        AssertDenied(await analyst.Client.GetAsync($"/staff/customers/{customer.Id}"));
        AssertDenied(await analyst.Post("/staff/customers", new() { ["q"] = "Shah" }, formPage: "/staff/queue"));
        AssertDenied(await analyst.Client.GetAsync("/staff/contacts/new"));
        Assert.Equal(RequestStatus.Acknowledged, (await WorkspaceData.Request(Host, request.Reference)).Status);
        Assert.Equal(HttpStatusCode.OK, (await analyst.Client.GetAsync("/staff/queue?team=waste")).StatusCode);
    }

    [Fact]
    public async Task An_advisor_can_add_an_update_but_cannot_change_status_assign_or_bulk_assign()
    {
        var request = await WorkspaceData.MissedBin(Host, null);
        var officer = await WorkspaceData.StaffId(Host, StaffSession.CaseOfficer);
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        var status = await advisor.Post($"/staff/requests/{request.Reference}?handler=Status",
            new() { ["Version"] = request.Version.ToString(), ["Form.Status"] = RequestStatus.InProgress });
        var assign = await advisor.Post($"/staff/requests/{request.Reference}?handler=Assign",
            new() { ["Version"] = request.Version.ToString(), ["Form.OfficerId"] = officer.ToString() });
        var bulk = await advisor.Post("/staff/queue?handler=Assign&team=waste",
            new() { ["selected"] = $"{request.Reference}:{request.Version}", ["assignTo"] = officer.ToString() }, formPage: $"/staff/requests/{request.Reference}");
        var update = await advisor.Post($"/staff/requests/{request.Reference}?handler=Update",
            new() { ["Version"] = request.Version.ToString(), ["Form.UpdateText"] = "The resident called to ask.", ["Form.UpdateIsPublic"] = "false" });

        AssertDenied(status);
        AssertDenied(assign);
        AssertDenied(bulk);
        Assert.EndsWith("?done=internal-note", update.Headers.Location?.OriginalString);
        var saved = await WorkspaceData.Request(Host, request.Reference);
        Assert.Null(saved.OfficerId);
        Assert.Equal(RequestStatus.Acknowledged, saved.Status);
    }

    [Fact]
    public async Task A_case_officer_works_their_own_teams_requests_but_not_another_teams()
    {
        var missedBin = await WorkspaceData.MissedBin(Host, null);
        var pothole = await WorkspaceData.Pothole(Host);
        var officer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        var own = await officer.Post($"/staff/requests/{missedBin.Reference}?handler=Status",
            new() { ["Version"] = missedBin.Version.ToString(), ["Form.Status"] = RequestStatus.InProgress });
        var other = await officer.Post($"/staff/requests/{pothole.Reference}?handler=Status",
            new() { ["Version"] = pothole.Version.ToString(), ["Form.Status"] = RequestStatus.InProgress });

        Assert.EndsWith("?done=status", own.Headers.Location?.OriginalString);
        AssertDenied(other);
        Assert.Equal(RequestStatus.Acknowledged, (await WorkspaceData.Request(Host, pothole.Reference)).Status);
        Assert.DoesNotContain("Change status", await officer.GetPage($"/staff/requests/{pothole.Reference}"));
    }

    [Fact]
    public async Task Only_a_team_leader_of_the_team_or_an_administrator_may_bulk_assign()
    {
        var request = await WorkspaceData.MissedBin(Host, null);
        var officer = await WorkspaceData.StaffId(Host, StaffSession.CaseOfficer);
        var caseOfficer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);
        var leader = await StaffSession.SignIn(Host, StaffSession.TeamLeader);
        var form = () => new Dictionary<string, string> { ["selected"] = $"{request.Reference}:{request.Version}", ["assignTo"] = officer.ToString() };

        var byOfficer = await caseOfficer.Post("/staff/queue?handler=Assign&team=waste", form(), formPage: "/staff/queue?team=waste");
        var highwaysByLeader = await leader.Post("/staff/queue?handler=Assign&team=highways", form(), formPage: "/staff/queue?team=waste");
        var byLeader = await leader.Post("/staff/queue?handler=Assign&team=waste", form(), formPage: "/staff/queue?team=waste");

        AssertDenied(byOfficer);
        AssertDenied(highwaysByLeader);
        Assert.True(byLeader.Headers.Location?.OriginalString?.Contains("assigned=1") == true, $"{byLeader.StatusCode} {byLeader.Headers.Location} {System.Text.RegularExpressions.Regex.Match(await byLeader.Content.ReadAsStringAsync(), "error-summary__list\">(.{0,300})", System.Text.RegularExpressions.RegexOptions.Singleline).Value}");
        Assert.Equal(officer, (await WorkspaceData.Request(Host, request.Reference)).OfficerId);
    }

    [Fact]
    public async Task Only_administrators_search_the_audit_log()
    {
        var leader = await StaffSession.SignIn(Host, StaffSession.TeamLeader);
        var admin = await StaffSession.SignIn(Host, StaffSession.Administrator);

        AssertDenied(await leader.Client.GetAsync("/staff/audit"));
        Assert.Contains("Audit log", await admin.GetPage("/staff/audit"));
    }

    [Fact]
    public async Task Every_staff_form_refuses_a_post_without_its_antiforgery_token()
    {
        var customer = await WorkspaceData.Resident(Host);
        var request = await WorkspaceData.MissedBin(Host, customer.Id);
        var admin = await StaffSession.SignIn(Host, StaffSession.Administrator);
        var anonymous = new StaffSession(StaffSession.NewClient(Host));
        var version = request.Version.ToString();

        foreach (var handler in new[] { "Assign", "Status", "Update", "Close", "Extend", "Reopen" })
        {
            var response = await admin.PostWithoutToken($"/staff/requests/{request.Reference}?handler={handler}",
                new() { ["Version"] = version, ["Form.Status"] = RequestStatus.InProgress, ["Form.UpdateText"] = "x", ["Form.UpdateIsPublic"] = "true" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutToken("/staff/queue?handler=Assign&team=waste", new() { ["selected"] = request.Reference })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutToken("/staff/contacts/new", new() { ["Form.Channel"] = "phone" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutToken($"/staff/requests/new?customerId={customer.Id}&service=missed-bin", new() { ["Channel"] = "phone" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutToken("/staff/account", new() { ["Code"] = "123456" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithoutToken("/staff/sign-out", [])).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostWithoutToken("/staff/sign-in", new() { ["Email"] = StaffSession.CaseOfficer, ["Password"] = "x" })).StatusCode);
        Assert.Equal(RequestStatus.Acknowledged, (await WorkspaceData.Request(Host, request.Reference)).Status);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/staff/access-denied", response.Headers.Location?.ToString());
    }

    /// <summary>A genuine resident session cookie (signed by the app), carrying a staff-id claim to prove the schemes are apart.</summary>
    private string ResidentCookie()
    {
        var options = Host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(AuthRegistration.ResidentScheme);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "A resident"), new Claim(AuthRegistration.StaffIdClaim, Guid.NewGuid().ToString()),
                new Claim(AuthRegistration.RoleClaim, "administrator")],
            AuthRegistration.ResidentScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), AuthRegistration.ResidentScheme);
        return options.TicketDataFormat.Protect(ticket);
    }
}
