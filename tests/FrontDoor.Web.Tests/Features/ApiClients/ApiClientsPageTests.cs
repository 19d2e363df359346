using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Tests.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.ApiClients;

/// <summary>Issue 6, item 4: an administrator issues and revokes keys in the workspace; nobody else may.</summary>
public abstract partial class ApiClientsPageTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : ApiClientsPageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ApiClientsPageTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task An_administrator_issues_a_key_that_works_and_revokes_it_so_it_stops_working()
    {
        var admin = await StaffSession.SignIn(Host, StaffSession.Administrator);

        var issued = await admin.Post("/staff/api-clients?handler=Issue", new() { ["ClientName"] = "FixMyStreet", ["RequestsPerMinute"] = "600" }, "/staff/api-clients");
        var page = await issued.Content.ReadAsStringAsync();
        var key = IssuedKey().Match(page).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.False(string.IsNullOrEmpty(key));
        var client = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ApiClient>().AsNoTracking().SingleAsync(c => c.Name == "FixMyStreet"));
        Assert.NotEqual(key, client.KeyHash);
        Assert.Equal(ApiKeys.Hash(key), client.KeyHash);
        Assert.Equal(HttpStatusCode.OK, (await Host.CreateClient().GetAsync($"/open311/v2/requests.json?api_key={key}")).StatusCode);

        var revoked = await admin.Post("/staff/api-clients?handler=Revoke", new() { ["clientId"] = client.Id.ToString() }, "/staff/api-clients");

        Assert.Contains("The key for FixMyStreet no longer works", await revoked.Content.ReadAsStringAsync());
        var refused = await Host.CreateClient().PostAsync("/open311/v2/requests.json",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = key, ["service_code"] = "pothole", ["lat"] = "51.5", ["long"] = "-0.02" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_key_needs_the_name_of_the_system()
    {
        var admin = await StaffSession.SignIn(Host, StaffSession.Administrator);

        var response = await admin.Post("/staff/api-clients?handler=Issue", new() { ["ClientName"] = " " }, "/staff/api-clients");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("<title>Error: API keys", page);
        Assert.Contains("Enter the name of the system that will use the key", page);
    }

    [Fact]
    public async Task A_case_officer_cannot_see_or_issue_keys()
    {
        var officer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        var response = await officer.Client.GetAsync("/staff/api-clients");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ApiClient>().CountAsync(c => !c.IsDemo)));
    }

    [GeneratedRegex("<strong id=\"issued-key\">([^<]+)</strong>")]
    private static partial Regex IssuedKey();
}
