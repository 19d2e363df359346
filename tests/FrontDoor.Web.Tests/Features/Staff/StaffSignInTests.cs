using System.Net;
using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace FrontDoor.Web.Tests.Features.Staff;

public abstract class StaffSignInTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : StaffSignInTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : StaffSignInTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task A_case_officer_signs_in_with_a_password_and_sees_the_staff_home_page()
    {
        var session = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        var home = await session.GetPage("/staff");

        Assert.Contains("Hello, Tom Okafor", home);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message()
    {
        var session = new StaffSession(StaffSession.NewClient(Host));

        var wrongPassword = await session.Post("/staff/sign-in", new() { ["Email"] = StaffSession.CaseOfficer, ["Password"] = "not-it" });
        var unknown = await session.Post("/staff/sign-in", new() { ["Email"] = "nobody@thameside.example", ["Password"] = "not-it" });

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(Web.Features.Staff.SignIn.StaffSignIn.WrongDetails), await wrongPassword.Content.ReadAsStringAsync());
        Assert.Contains(WebUtility.HtmlEncode(Web.Features.Staff.SignIn.StaffSignIn.WrongDetails), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var session = new StaffSession(StaffSession.NewClient(Host));
        for (var i = 0; i < 5; i++)
        {
            await session.Post("/staff/sign-in", new() { ["Email"] = StaffSession.Advisor, ["Password"] = "guess" + i });
        }

        var right = await session.Post("/staff/sign-in", new() { ["Email"] = StaffSession.Advisor, ["Password"] = DemoStaffAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("too many times", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_cannot_get_in_with_a_password_alone()
    {
        var session = new StaffSession(StaffSession.NewClient(Host));

        var afterPassword = await session.Post("/staff/sign-in", new() { ["Email"] = StaffSession.Administrator, ["Password"] = DemoStaffAccounts.Password });
        var home = await session.Client.GetAsync("/staff");
        var wrongCode = await session.Post("/staff/sign-in/code", new() { ["Code"] = "000000" });

        Assert.Equal("/staff/sign-in/code", afterPassword.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/staff/sign-in", home.Headers.Location?.ToString());
        Assert.Contains("Enter the 6-digit code", await wrongCode.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_administrator_with_the_right_authenticator_code_gets_in()
    {
        var session = await StaffSession.SignIn(Host, StaffSession.Administrator);

        Assert.Contains("Hello, Morgan Reid", await session.GetPage("/staff"));
    }

    [Fact]
    public async Task The_code_page_cannot_be_used_without_first_giving_the_password()
    {
        var session = new StaffSession(StaffSession.NewClient(Host));

        var code = await session.Client.GetAsync("/staff/sign-in/code");

        Assert.Equal("/staff/sign-in", code.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_new_administrator_must_set_up_an_authenticator_app_before_getting_in()
    {
        await Host.InScope(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffAccount>>();
            var admin = await users.FindByEmailAsync(StaffSession.Administrator);
            await users.SetTwoFactorEnabledAsync(admin!, false);
            await users.ResetAuthenticatorKeyAsync(admin!);
        });
        var session = new StaffSession(StaffSession.NewClient(Host));

        var afterPassword = await session.Post("/staff/sign-in", new() { ["Email"] = StaffSession.Administrator, ["Password"] = DemoStaffAccounts.Password });
        var setup = await session.GetPage("/staff/sign-in/authenticator");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "id=\"authenticator-key\">([A-Z2-7]+)<").Groups[1].Value;
        var enrolled = await session.Post("/staff/sign-in/authenticator", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        Assert.Equal("/staff/sign-in/authenticator", afterPassword.Headers.Location?.OriginalString);
        Assert.Contains("otpauth://totp/", setup);
        Assert.Equal("/staff", enrolled.Headers.Location?.OriginalString);
        Assert.True(await Host.InScope(async sp => (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffAccount>>()
            .FindByEmailAsync(StaffSession.Administrator))!.TwoFactorEnabled));
    }

    [Fact]
    public async Task A_staff_session_ends_after_thirty_minutes_without_a_request()
    {
        var session = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);
        Host.Clock.Advance(TimeSpan.FromMinutes(20));
        var stillIn = await session.Client.GetAsync("/staff");
        Host.Clock.Advance(TimeSpan.FromMinutes(31));

        var afterIdle = await session.Client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterIdle.StatusCode);
    }

    [Fact]
    public async Task Sign_in_and_failed_sign_in_are_audited_without_the_password()
    {
        var session = new StaffSession(StaffSession.NewClient(Host));
        await session.Post("/staff/sign-in", new() { ["Email"] = StaffSession.CaseOfficer, ["Password"] = "secret-guess" });
        await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        var entries = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<AuditEntry>().AsNoTracking().Where(a => a.EntityType == "StaffAccount").ToListAsync());

        Assert.Contains(entries, e => e.Action == AuditAction.SignInFailed && e.StaffName == "Tom Okafor");
        Assert.Contains(entries, e => e.Action == AuditAction.SignedIn && e.StaffName == "Tom Okafor");
        Assert.DoesNotContain(entries, e => (e.Detail ?? "").Contains("secret-guess"));
    }

    [Fact]
    public void Demo_accounts_work_only_in_development_and_testing()
    {
        Assert.True(DemoStaffAccounts.Allowed(new Environment("Development")));
        Assert.True(DemoStaffAccounts.Allowed(new Environment("Testing")));
        Assert.False(DemoStaffAccounts.Allowed(new Environment("Production")));
        Assert.False(DemoStaffAccounts.Allowed(new Environment("Staging")));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "FrontDoor.Web";

        public string ContentRootPath { get; set; } = "";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
