using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrontDoor.Web.Tests.Features.Staff;

/// <summary>
/// A browser-like client for staff pages: signs in through the real sign-in pages (reading each form's antiforgery
/// token as a browser would), then gets and posts forms with their tokens.
/// </summary>
public sealed partial class StaffSession(HttpClient client)
{
    public HttpClient Client => client;

    public static string Advisor => DemoStaffAccounts.All.Single(d => d.Role == StaffRole.Advisor).Email;

    public static string CaseOfficer => DemoStaffAccounts.All.Single(d => d.Role == StaffRole.CaseOfficer).Email;

    public static string TeamLeader => DemoStaffAccounts.All.Single(d => d.Role == StaffRole.TeamLeader).Email;

    public static string Analyst => DemoStaffAccounts.All.Single(d => d.Role == StaffRole.PerformanceAnalyst).Email;

    public static string Administrator => DemoStaffAccounts.All.Single(d => d.Role == StaffRole.Administrator).Email;

    public static HttpClient NewClient(FrontDoorHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

    /// <summary>Signs in as a demo account; administrators also give a code from the fixed demo key.</summary>
    public static async Task<StaffSession> SignIn(FrontDoorHost host, string email)
    {
        var session = new StaffSession(NewClient(host));
        var response = await session.Post("/staff/sign-in", new() { ["Email"] = email, ["Password"] = DemoStaffAccounts.Password });
        if (response.Headers.Location?.OriginalString.StartsWith("/staff/sign-in/code", StringComparison.Ordinal) == true)
        {
            response = await session.Post(response.Headers.Location.OriginalString,
                new() { ["Code"] = Totp.Code(DemoStaffAccounts.AdministratorKey, DateTimeOffset.UtcNow) });
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location?.OriginalString);
        return session;
    }

    public async Task<string> GetPage(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form the way a browser does after loading the page: with the antiforgery token from the page.</summary>
    public Task<HttpResponseMessage> Post(string url, Dictionary<string, string> fields, string? formPage = null) =>
        PostFields(url, fields.ToList(), formPage);

    /// <summary>Posts fields that may repeat a name (a date's day, month and year; ticked checkboxes).</summary>
    public async Task<HttpResponseMessage> PostFields(string url, List<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url.Split('?')[0]);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {formPage ?? url} ({(int)page.StatusCode})");
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts without an antiforgery token, as a forged cross-site form would.</summary>
    public Task<HttpResponseMessage> PostWithoutToken(string url, Dictionary<string, string> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
