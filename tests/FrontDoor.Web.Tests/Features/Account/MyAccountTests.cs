using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Requests.Portal;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Account;

public abstract partial class MyAccountTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : MyAccountTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : MyAccountTests(DatabaseProvider.Postgres);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["DevMail:Enabled"] = "true" };

    private ResidentClient NewResident() => new(Host.CreateClient());

    private static Task<HttpResponseMessage> Register(ResidentClient resident, string email) =>
        resident.Submit("/account/register", [("firstName", "Amina"), ("lastName", "Begum"), ("email", email), ("password", "correct horse battery")]);

    [Fact]
    public async Task Registering_after_sending_a_request_adds_it_to_the_new_account()
    {
        var resident = NewResident();
        var (_, reference) = await ResidentJourneyTests.ReportMissedBinAsGuest(resident);

        await Register(resident, "amina@example.com");

        Assert.EndsWith("/account", resident.LastUrl!.AbsolutePath);
        Assert.Contains("Your account has been created", resident.Text);
        Assert.Contains("Report a missed bin collection", resident.Text);
        await resident.Get($"/account/requests/{reference}");
        Assert.Contains("We aim to respond by", resident.Text);
        Assert.Contains("Acknowledged", resident.Text);
    }

    [Fact]
    public async Task Another_residents_request_is_not_found()
    {
        var owner = NewResident();
        var (_, reference) = await ResidentJourneyTests.ReportMissedBinAsGuest(owner);
        await Register(owner, "owner@example.com");

        var other = NewResident();
        await Register(other, "other@example.com");
        var response = await other.Get($"/account/requests/{reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Report a missed bin collection", (await other.Get("/account")).Content.ReadAsStringAsync().Result);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostWithToken($"/account/requests/{reference}?handler=message", [("message", "hello")])).StatusCode);
    }

    [Fact]
    public async Task My_account_needs_sign_in()
    {
        var response = await NewResident().Get("/account");

        Assert.EndsWith("/account/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_resident_confirms_their_email_signs_out_and_back_in_and_resets_a_forgotten_password()
    {
        var resident = NewResident();
        await Register(resident, "reset@example.com");
        await resident.Get(LinkInLatestMail("Confirm your email address", "reset@example.com"));
        Assert.Contains("Email address confirmed", resident.Text);
        Assert.True(await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ResidentAccount>().AnyAsync(a => a.EmailConfirmed)));

        await resident.Get("/account");
        await resident.PostWithToken("/account/sign-out", []);
        var wrong = await resident.Submit("/account/sign-in", [("email", "reset@example.com"), ("password", "not the password")]);
        Assert.StartsWith("Error: ", resident.Title);

        await resident.Submit("/account/forgot-password", [("email", "reset@example.com")]);
        Assert.True(resident.Text.Contains("Check your email"), resident.Text[..Math.Min(3000, resident.Text.Length)]);
        await resident.Submit(new Uri(LinkInLatestMail("Reset your password", "reset@example.com")).PathAndQuery, [("password", "a brand new passphrase")]);
        Assert.Contains("Your password has been changed", resident.Text);

        await resident.Submit("/account/sign-in", [("email", "reset@example.com"), ("password", "a brand new passphrase")]);
        Assert.EndsWith("/account", resident.LastUrl!.AbsolutePath);
    }

    [Fact]
    public async Task A_resident_sends_a_message_and_reopens_a_closed_request_within_the_window()
    {
        var resident = NewResident();
        var (_, reference) = await ResidentJourneyTests.ReportMissedBinAsGuest(resident);
        await Register(resident, "reopen@example.com");

        await resident.Submit($"/account/requests/{reference}", [("message", "It is the black bin")], $"/account/requests/{reference}?handler=message");
        Assert.Contains("Your message has been sent", resident.Text);
        Assert.Contains("It is the black bin", resident.Text);

        await Host.InScope(sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new CloseRequest.Command(reference, null, ClosureReason.Completed, "Bin emptied", null, null, Actor.Staff(Guid.NewGuid(), "Crew"))));
        await resident.Submit($"/account/requests/{reference}", [("reason", "")], $"/account/requests/{reference}?handler=reopen");
        Assert.StartsWith("Error: ", resident.Title);
        await resident.Submit($"/account/requests/{reference}", [("reason", "Still full")], $"/account/requests/{reference}?handler=reopen");
        Assert.Contains("We have reopened your request", resident.Text);
        Assert.True(await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AnyAsync(r => r.Reference == reference && r.Status == RequestStatus.InProgress)));
    }

    [Fact]
    public async Task Details_told_once_are_saved_on_the_customer_record_and_wrong_ones_are_refused()
    {
        var resident = NewResident();
        await Register(resident, "details@example.com");
        var fields = new List<(string, string)>
        {
            ("firstName", "Amina"), ("lastName", "Begum"), ("email", "details@example.com"), ("phone", "07700 900 123"),
            ("addressLine", "1 Mile End Road"), ("postcode", "not a postcode"), ("preferredLanguage", "bn"), ("preferredChannel", "sms"),
            ("accessibilityNeeds", "Large print"),
        };

        await resident.Submit("/account/details", fields);
        Assert.Contains("Enter a real postcode", resident.Text);

        fields[5] = ("postcode", "e1 4ns");
        await resident.Submit("/account/details", fields);
        var customer = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<Customer>().AsNoTracking().SingleAsync(c => c.Email == "details@example.com"));
        Assert.Equal(("07700900123", "E1 4NS", "bn", "sms", "Large print"), (customer.Phone, customer.Postcode, customer.PreferredLanguage, customer.PreferredChannel, customer.AccessibilityNeeds));
    }

    [Fact]
    public async Task Download_gives_the_residents_data_as_json_and_delete_keeps_requests_but_erases_details()
    {
        var resident = NewResident();
        var (_, reference) = await ResidentJourneyTests.ReportMissedBinAsGuest(resident);
        await Register(resident, "leaving@example.com");

        var download = await resident.Http.GetAsync("/account/download");
        Assert.True("application/json" == download.Content.Headers.ContentType!.MediaType, await download.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        Assert.Equal("leaving@example.com", json.RootElement.GetProperty("details").GetProperty("email").GetString());
        Assert.Equal(reference, json.RootElement.GetProperty("requests")[0].GetProperty("reference").GetString());

        await resident.Submit("/account/delete", []);
        Assert.Contains("Your account has been deleted", resident.Text);
        var (accounts, customer, request) = await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var request = await db.Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.Reference == reference);
            return (await db.Set<ResidentAccount>().CountAsync(a => a.CustomerId == request.CustomerId),
                await db.Set<Customer>().AsNoTracking().SingleAsync(c => c.Id == request.CustomerId), request);
        });
        Assert.Equal(0, accounts);
        Assert.Null(customer.Email);
        Assert.Equal("", customer.FullName);
        Assert.Equal(customer.Id, request.CustomerId);
        Assert.Null(request.ReporterEmail);
        Assert.EndsWith("/account/sign-in", (await resident.Get("/account")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    private string LinkInLatestMail(string subject, string to)
    {
        var body = Host.InScope(sp => FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Notifications.OutboxMessage>().AsNoTracking()
            .Where(m => m.Subject == subject && m.Recipient == to).OrderByDescending(m => m.CreatedUtc).Select(m => m.Body).FirstAsync()).Result;
        return Link().Match(body).Value;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
