using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Contacts;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Requests.Workspace;

public abstract partial class CaseTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : CaseTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CaseTests(DatabaseProvider.Postgres);

    private async Task<(StaffSession Officer, ServiceRequest Request)> OfficerWithRequest()
    {
        var customer = await WorkspaceData.Resident(Host);
        var request = await WorkspaceData.MissedBin(Host, customer.Id);
        return (await StaffSession.SignIn(Host, StaffSession.CaseOfficer), request);
    }

    private static Task<HttpResponseMessage> Act(StaffSession staff, ServiceRequest request, string handler, Dictionary<string, string> fields, int? version = null)
    {
        fields["Version"] = (version ?? request.Version).ToString();
        return staff.Post($"/staff/requests/{request.Reference}?handler={handler}", fields, formPage: $"/staff/requests/{request.Reference}");
    }

    [Fact]
    public async Task The_case_page_shows_the_request_its_clocks_and_offers_only_the_statuses_the_lifecycle_allows()
    {
        var (officer, request) = await OfficerWithRequest();

        var page = await officer.GetPage($"/staff/requests/{request.Reference}");

        Assert.Contains("Report a missed bin collection", page);
        Assert.Contains("Due 25 Nov 2026", page);
        Assert.Contains("Priya Shah", page);
        var offered = StatusOption().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(RequestLifecycle.AllowedFrom(RequestStatus.Acknowledged).Where(s => s != RequestStatus.Closed), offered);
    }

    [Fact]
    public async Task Waiting_for_the_resident_needs_a_message_and_pauses_the_clock()
    {
        var (officer, request) = await OfficerWithRequest();

        var refused = await Act(officer, request, "Status", new() { ["Form.Status"] = RequestStatus.WaitingForResident });
        var paused = await Act(officer, request, "Status", new() { ["Form.Status"] = RequestStatus.WaitingForResident, ["Form.StatusPublicNote"] = "Please send a photo." });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tell the resident what you are waiting for from them", await refused.Content.ReadAsStringAsync());
        Assert.EndsWith("?done=status", paused.Headers.Location?.OriginalString);
        var saved = await WorkspaceData.Request(Host, request.Reference);
        Assert.NotNull(saved.ResolveClock.PausedSinceUtc);
        Assert.Contains("Paused", await officer.GetPage($"/staff/requests/{request.Reference}"));
    }

    [Fact]
    public async Task Closing_as_completed_needs_a_completion_note()
    {
        var (officer, request) = await OfficerWithRequest();

        var refused = await Act(officer, request, "Close", new() { ["Form.CloseReason"] = ClosureReason.Completed });
        var closed = await Act(officer, request, "Close", new() { ["Form.CloseReason"] = ClosureReason.Completed, ["Form.CompletionNote"] = "Bin emptied today." });

        Assert.Contains("Enter a completion note", await refused.Content.ReadAsStringAsync());
        Assert.EndsWith("?done=closed", closed.Headers.Location?.OriginalString);
        var saved = await WorkspaceData.Request(Host, request.Reference);
        Assert.Equal(RequestStatus.Closed, saved.Status);
        Assert.Equal("Bin emptied today.", saved.CompletionNote);
    }

    [Fact]
    public async Task A_duplicate_is_closed_and_linked_to_the_original_by_reference()
    {
        var (officer, duplicate) = await OfficerWithRequest();
        var original = await WorkspaceData.MissedBin(Host, null);

        var closed = await Act(officer, duplicate, "Close", new() { ["Form.CloseReason"] = ClosureReason.Duplicate, ["Form.DuplicateOf"] = original.Reference });

        Assert.EndsWith("?done=closed", closed.Headers.Location?.OriginalString);
        Assert.Equal(original.Id, (await WorkspaceData.Request(Host, duplicate.Reference)).DuplicateOfId);
        Assert.Contains($"/staff/requests/{original.Reference}", await officer.GetPage($"/staff/requests/{duplicate.Reference}"));
    }

    [Fact]
    public async Task A_change_made_from_a_stale_page_is_refused_as_a_conflict()
    {
        var (officer, request) = await OfficerWithRequest();
        await Act(officer, request, "Update", new() { ["Form.UpdateText"] = "First", ["Form.UpdateIsPublic"] = "false" });

        var stale = await Act(officer, request, "Update", new() { ["Form.UpdateText"] = "Second", ["Form.UpdateIsPublic"] = "false" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this request", await stale.Content.ReadAsStringAsync());
        Assert.DoesNotContain((await WorkspaceData.Request(Host, request.Reference)).History, h => h.InternalNote == "Second");
    }

    [Fact]
    public async Task A_public_update_and_an_internal_note_are_marked_differently_on_the_timeline()
    {
        var (officer, request) = await OfficerWithRequest();
        await Act(officer, request, "Update", new() { ["Form.UpdateText"] = "Crew booked for Tuesday.", ["Form.UpdateIsPublic"] = "true" });
        var noVisibility = await Act(officer, request, "Update", new() { ["Form.UpdateText"] = "Which?" }, request.Version + 1);
        await Act(officer, request, "Update", new() { ["Form.UpdateText"] = "Crew say the road was blocked.", ["Form.UpdateIsPublic"] = "false" }, request.Version + 1);

        var page = await officer.GetPage($"/staff/requests/{request.Reference}");

        Assert.Contains("Select who can see this", await noVisibility.Content.ReadAsStringAsync());
        Assert.Contains("Resident can see", page);
        Assert.Contains("Internal: staff only", page);
        var saved = await WorkspaceData.Request(Host, request.Reference);
        Assert.Contains(saved.History, h => h.Action == HistoryAction.PublicUpdate && h.PublicNote == "Crew booked for Tuesday." && h.VisibleToResident);
    }

    [Fact]
    public async Task A_standard_response_fills_in_the_resident_reference_and_due_date()
    {
        var (officer, request) = await OfficerWithRequest();
        var page = await officer.GetPage($"/staff/requests/{request.Reference}");
        var link = Regex.Match(page, "href=\"(/staff/requests/[^\"]+template=[^\"#]+)#update\">Missed bin: crew returning").Groups[1].Value;

        var filled = await officer.GetPage(WebUtility.HtmlDecode(link));

        Assert.Contains("Dear Priya Shah, we are sorry your bin was missed. The crew will return to collect it by Wednesday 25 November 2026.", filled);
    }

    [Fact]
    public async Task An_advisor_raises_a_request_for_a_walk_in_resident_with_the_channel_and_assisted_flag_and_links_the_contact()
    {
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);
        var logged = await advisor.Post("/staff/contacts/new", new()
        {
            ["Form.Channel"] = Channel.FaceToFace, ["Form.Who"] = ContactWho.New, ["Form.FirstName"] = "Walter", ["Form.LastName"] = "Ince",
            ["Form.AddressLine"] = "4 Quay Street", ["Form.Postcode"] = "e14 9xy", ["Form.ServiceCode"] = "missed-bin",
            ["Form.Outcome"] = ContactOutcome.RequestRaised, ["Form.DemandType"] = FailureDemand.Value,
        });
        var raiseUrl = logged.Headers.Location!.OriginalString;
        List<KeyValuePair<string, string>> Answers(params (string Name, string Value)[] extra) =>
            [new("Channel", Channel.FaceToFace), new("Address", "4 Quay Street"), .. extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value))];

        var missing = await advisor.PostFields(raiseUrl, Answers(("answer.bin-out", "yes")), formPage: raiseUrl);
        var made = await advisor.PostFields(raiseUrl, Answers(("answer.bin-type", "general"), ("answer.collection-date", "20"), ("answer.collection-date", "11"),
            ("answer.collection-date", "2026"), ("answer.bin-out", "yes")), formPage: raiseUrl);

        Assert.StartsWith("/staff/requests/new?customerId=", raiseUrl);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.True(missingHtml.Contains("Select at least one answer to"), Regex.Match(missingHtml, "error-summary__list\">(.{0,400})", RegexOptions.Singleline).Value + missing.StatusCode);
        var confirmation = await made.Content.ReadAsStringAsync();
        Assert.Contains("Request made", confirmation);
        Assert.Contains("by letter", confirmation);
        var reference = FrontDoor.Domain.References.RequestReference.Parse(Regex.Match(confirmation, "id=\"reference\">([^<]+)<").Groups[1].Value).Value.Value;
        var saved = await WorkspaceData.Request(Host, reference);
        Assert.Equal(Channel.FaceToFace, saved.Channel);
        Assert.True(saved.IsAssisted);
        Assert.Equal("Amira Hassan", saved.History.OrderBy(h => h.Sequence).First().ActorName);
        var contact = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<Contact>().AsNoTracking().SingleAsync());
        Assert.Equal(saved.Id, contact.RequestId);
        Assert.Equal(saved.CustomerId, contact.CustomerId);
    }

    [GeneratedRegex("name=\"Form.Status\" type=\"radio\" value=\"([^\"]+)\"")]
    private static partial Regex StatusOption();
}
