using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Requests.Portal;
using FrontDoor.Web.Tests.Features.Staff;

namespace FrontDoor.Web.Tests.Features.Requests.Workspace;

/// <summary>
/// Issue 4, item 9: internal notes never reach a resident. Staff write internal notes every way the case page allows
/// (a note, with a status change, with closure), then every resident-facing view of the request is read: the guest
/// tracking page, My Account's list and request page, and the My Account data download.
/// </summary>
public abstract class InternalNotesTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : InternalNotesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : InternalNotesTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Internal_notes_never_appear_on_any_resident_facing_view_while_public_updates_do()
    {
        var resident = new ResidentClient(Host.CreateClient());
        var (trackUrl, reference) = await ResidentJourneyTests.ReportMissedBinAsGuest(resident);
        await resident.Submit("/account/register", [("firstName", "Amina"), ("lastName", "Begum"), ("email", "guest@example.com"), ("password", "correct horse battery")]);
        var officer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        await Act(officer, reference, "Update", new() { ["Form.UpdateText"] = "INTERNAL-ONE: neighbour is difficult", ["Form.UpdateIsPublic"] = "false" });
        await Act(officer, reference, "Update", new() { ["Form.UpdateText"] = "PUBLIC-ONE: crew booked", ["Form.UpdateIsPublic"] = "true" });
        await Act(officer, reference, "Status", new() { ["Form.Status"] = RequestStatus.InProgress, ["Form.StatusInternalNote"] = "INTERNAL-TWO: check the route" });
        await Act(officer, reference, "Close", new()
        {
            ["Form.CloseReason"] = ClosureReason.Completed, ["Form.CompletionNote"] = "PUBLIC-TWO: bin emptied", ["Form.CloseInternalNote"] = "INTERNAL-THREE: crew late",
        });

        var views = new List<string>();
        foreach (var url in new[] { trackUrl, "/account", $"/account/requests/{reference}", "/account/download" })
        {
            var response = await resident.Get(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} gave {(int)response.StatusCode}");
            views.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(views, view => Assert.DoesNotContain("INTERNAL-", view));
        Assert.Contains("PUBLIC-ONE", views[0]);
        Assert.Contains("PUBLIC-TWO", views[2]);
        var saved = await WorkspaceData.Request(Host, reference);
        Assert.Equal(3, saved.History.Count(h => h.InternalNote?.StartsWith("INTERNAL-", StringComparison.Ordinal) == true));
    }

    private static async Task Act(StaffSession officer, string reference, string handler, Dictionary<string, string> fields)
    {
        var page = await officer.GetPage($"/staff/requests/{reference}");
        fields["Version"] = System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var response = await officer.Post($"/staff/requests/{reference}?handler={handler}", fields, formPage: $"/staff/requests/{reference}");
        Assert.Contains("?done=", response.Headers.Location?.OriginalString);
    }
}
