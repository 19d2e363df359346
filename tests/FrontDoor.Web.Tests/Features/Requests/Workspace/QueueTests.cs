using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Requests.Workspace;

public abstract partial class QueueTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : QueueTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : QueueTests(DatabaseProvider.Postgres);

    /// <summary>Three missed bins made on Monday 23, Tuesday 24 and Friday 27 November: due 25, 26 Nov and 1 Dec (2 working days).</summary>
    private async Task<List<ServiceRequest>> ThreeMissedBins()
    {
        var made = new List<ServiceRequest>();
        foreach (var days in new[] { 0, 1, 3 })
        {
            if (days > 0)
            {
                Host.Clock.SetUtcNow(FrontDoorHost.DefaultNow.AddDays(days));
            }

            made.Add(await WorkspaceData.MissedBin(Host, null));
        }

        return made;
    }

    [Fact]
    public async Task The_queue_lists_open_requests_soonest_due_first_with_at_risk_and_breached_badges()
    {
        var (first, second, third) = await ThreeMissedBins() switch { var r => (r[0], r[1], r[2]) };
        Host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        var leader = await StaffSession.SignIn(Host, StaffSession.TeamLeader);

        var page = await leader.GetPage("/staff/queue?team=waste");

        var order = Row().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([first.Reference, second.Reference, third.Reference], order);
        Assert.Matches($"{first.Reference}[\\s\\S]*?Breached[\\s\\S]*?{second.Reference}[\\s\\S]*?At risk[\\s\\S]*?{third.Reference}[\\s\\S]*?On track", page);
        Assert.Contains("1 breached", page);
        Assert.Contains("1 at risk", page);
        Assert.Contains("3 unassigned", page);
    }

    [Fact]
    public async Task Filters_narrow_the_queue_to_breached_to_my_work_and_to_unassigned()
    {
        var requests = await ThreeMissedBins();
        Host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        var officer = await WorkspaceData.StaffId(Host, StaffSession.TeamLeader);
        await Host.InScope(sp => sp.GetRequiredService<AssignOfficer.Handler>()
            .Handle(new AssignOfficer.Command(requests[2].Reference, null, officer, Actor.System)));
        var leader = await StaffSession.SignIn(Host, StaffSession.TeamLeader);

        var breached = Row().Matches(await leader.GetPage("/staff/queue?team=waste&due=breached")).Select(m => m.Groups[1].Value);
        var mine = Row().Matches(await leader.GetPage("/staff/queue?team=waste&view=mine")).Select(m => m.Groups[1].Value);
        var unassigned = Row().Matches(await leader.GetPage("/staff/queue?team=waste&view=unassigned")).Select(m => m.Groups[1].Value);
        var byPhone = Row().Matches(await leader.GetPage("/staff/queue?team=waste&channel=phone")).Select(m => m.Groups[1].Value);

        Assert.Equal([requests[0].Reference], breached);
        Assert.Equal([requests[2].Reference], mine);
        Assert.Equal([requests[0].Reference, requests[1].Reference], unassigned);
        Assert.Empty(byPhone);
    }

    [Fact]
    public async Task A_team_leader_assigns_several_requests_at_once_and_each_gets_a_history_row()
    {
        var requests = await ThreeMissedBins();
        var officer = await WorkspaceData.StaffId(Host, StaffSession.CaseOfficer);
        var leader = await StaffSession.SignIn(Host, StaffSession.TeamLeader);

        var response = await leader.PostFields("/staff/queue?handler=Assign&team=waste",
            [new("selected", $"{requests[0].Reference}:{requests[0].Version}"), new("selected", $"{requests[1].Reference}:{requests[1].Version}"),
                new("assignTo", officer.ToString())], formPage: "/staff/queue?team=waste");

        Assert.Contains("assigned=2", response.Headers.Location?.OriginalString);
        foreach (var request in requests.Take(2))
        {
            var saved = await WorkspaceData.Request(Host, request.Reference);
            Assert.Equal("Tom Okafor", saved.OfficerName);
            Assert.Contains(saved.History, h => h.Action == HistoryAction.Assigned && h.ActorName == "Grace Whitfield");
        }

        Assert.Null((await WorkspaceData.Request(Host, requests[2].Reference)).OfficerId);
    }

    [GeneratedRegex("href=\"/staff/requests/([0-9A-Z]{9})\"")]
    private static partial Regex Row();
}
