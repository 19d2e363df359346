using System.Net;
using FrontDoor.Web.Features.Contacts;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Contacts;

public abstract class LogContactTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : LogContactTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : LogContactTests(DatabaseProvider.Postgres);

    private static Dictionary<string, string> Call(Guid customerId, string service = "missed-bin") => new()
    {
        ["Form.Channel"] = Channel.Phone, ["Form.Who"] = ContactWho.Known, ["Form.CustomerId"] = customerId.ToString(), ["Form.ServiceCode"] = service,
        ["Form.Outcome"] = ContactOutcome.ResolvedAtFirstContact, ["Form.DemandType"] = FailureDemand.Value, ["Form.SuggestionSeen"] = "false",
    };

    private Task<List<Contact>> Contacts() => Host.InScope(sp => FrontDoorHost.Db(sp).Set<Contact>().AsNoTracking().ToListAsync());

    [Fact]
    public async Task A_call_about_a_service_with_an_open_request_is_suggested_as_chasing_it_then_saved_as_failure_demand()
    {
        var priya = await WorkspaceData.Resident(Host);
        var request = await WorkspaceData.MissedBin(Host, priya.Id);
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        var suggested = await advisor.Post("/staff/contacts/new", Call(priya.Id));
        var html = await suggested.Content.ReadAsStringAsync();
        Assert.Contains("Are they chasing an existing request?", html);
        Assert.Contains($"value=\"{request.Reference}\"", html);
        Assert.Empty(await Contacts());

        var fields = Call(priya.Id);
        fields["Form.RequestReference"] = request.Reference;
        fields["Form.DemandType"] = FailureDemand.Failure;
        fields["Form.FailureReason"] = FailureDemand.ChasingProgress;
        fields["Form.SuggestionSeen"] = "true";
        var saved = await advisor.Post("/staff/contacts/new", fields);

        Assert.Equal($"/staff/customers/{priya.Id}?logged=contact", saved.Headers.Location?.OriginalString);
        var contact = Assert.Single(await Contacts());
        Assert.Equal((FailureDemand.Failure, FailureDemand.ChasingProgress, request.Id), (contact.DemandType, contact.FailureReason, contact.RequestId));
        Assert.Equal("Amira Hassan", contact.StaffName);
        Assert.Contains("Failure: chasing progress", await advisor.GetPage($"/staff/customers/{priya.Id}"));
    }

    [Fact]
    public async Task A_call_with_no_open_request_for_the_service_is_saved_at_once()
    {
        var priya = await WorkspaceData.Resident(Host);
        await WorkspaceData.MissedBin(Host, priya.Id);
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        var saved = await advisor.Post("/staff/contacts/new", Call(priya.Id, service: "council-tax-bill-question"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ContactOutcome.ResolvedAtFirstContact, Assert.Single(await Contacts()).Outcome);
    }

    [Fact]
    public async Task Failure_demand_needs_its_reason_and_signposting_needs_where_to()
    {
        var priya = await WorkspaceData.Resident(Host);
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);
        var failure = Call(priya.Id, service: "pothole");
        failure["Form.DemandType"] = FailureDemand.Failure;
        var signposted = Call(priya.Id, service: "pothole");
        signposted["Form.Outcome"] = ContactOutcome.Signposted;

        var noReason = await (await advisor.Post("/staff/contacts/new", failure)).Content.ReadAsStringAsync();
        var noWhere = await (await advisor.Post("/staff/contacts/new", signposted)).Content.ReadAsStringAsync();

        Assert.Contains("Select why this was failure demand", noReason);
        Assert.Contains("Enter where you signposted them", noWhere);
        Assert.Empty(await Contacts());
    }

    [Fact]
    public async Task A_new_customer_is_recorded_with_a_normalised_phone_and_postcode_and_can_then_be_found()
    {
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        var saved = await advisor.Post("/staff/contacts/new", new()
        {
            ["Form.Channel"] = Channel.FaceToFace, ["Form.Who"] = ContactWho.New, ["Form.FirstName"] = "Walter", ["Form.LastName"] = "Ince",
            ["Form.Phone"] = "+44 7700 900 777", ["Form.Postcode"] = "e14  9xy", ["Form.Outcome"] = ContactOutcome.PassedToTeam, ["Form.TeamCode"] = "housing-repairs",
            ["Form.DemandType"] = FailureDemand.Value,
        });

        var walter = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<Customer>().AsNoTracking().SingleAsync(c => c.LastName == "Ince"));
        Assert.Equal(("07700900777", "E14 9XY", "letter"), (walter.Phone, walter.Postcode, walter.PreferredChannel));
        Assert.Equal($"/staff/customers/{walter.Id}?logged=contact", saved.Headers.Location?.OriginalString);
        Assert.NotNull(Assert.Single(await Contacts()).PassedToTeamId);
        Assert.Contains($"/staff/customers/{walter.Id}", await (await advisor.Post("/staff/customers", new() { ["q"] = "07700 900777" })).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_contact_keeps_no_customer()
    {
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        await advisor.Post("/staff/contacts/new", new()
        {
            ["Form.Channel"] = Channel.SocialMedia, ["Form.Who"] = ContactWho.Anonymous, ["Form.Outcome"] = ContactOutcome.ResolvedAtFirstContact,
            ["Form.DemandType"] = FailureDemand.Failure, ["Form.FailureReason"] = FailureDemand.DidNotUnderstandLetter,
        });

        var contact = Assert.Single(await Contacts());
        Assert.Null(contact.CustomerId);
        Assert.Equal(Channel.SocialMedia, contact.Channel);
    }
}
