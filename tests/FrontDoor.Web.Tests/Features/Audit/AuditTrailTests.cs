using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Audit;

public abstract class AuditTrailTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : AuditTrailTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : AuditTrailTests(DatabaseProvider.Postgres);

    private Task<List<AuditEntry>> Entries() => Host.InScope(sp => FrontDoorHost.Db(sp).Set<AuditEntry>().AsNoTracking().OrderBy(a => a.AtUtc).ToListAsync());

    [Fact]
    public async Task Every_change_a_staff_member_saves_is_audited_with_the_request_history_it_added()
    {
        var request = await WorkspaceData.MissedBin(Host, null);
        var officer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        await officer.Post($"/staff/requests/{request.Reference}?handler=Status",
            new() { ["Version"] = request.Version.ToString(), ["Form.Status"] = RequestStatus.InProgress, ["Form.StatusInternalNote"] = "Private words" },
            formPage: $"/staff/requests/{request.Reference}");

        var entries = await Entries();
        var change = Assert.Single(entries, e => e.Action == AuditAction.Changed);
        Assert.Equal(("Tom Okafor", "ServiceRequest", request.Reference, HistoryAction.StatusChanged), (change.StaffName, change.EntityType, change.EntityId, change.Detail));
        Assert.Contains(entries, e => e.Action == AuditAction.Viewed && e.EntityId == request.Reference);
        Assert.DoesNotContain(entries, e => (e.Detail ?? "").Contains("Private words"));
    }

    [Fact]
    public async Task Changes_made_by_residents_or_the_system_are_not_mistaken_for_staff_changes()
    {
        await WorkspaceData.MissedBin(Host, null);

        Assert.DoesNotContain(await Entries(), e => e.Action is AuditAction.Created or AuditAction.Changed);
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_deleted()
    {
        var officer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);

        var update = await Record.ExceptionAsync(() => Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var entry = await db.Set<AuditEntry>().FirstAsync();
            db.Entry(entry).Property(e => e.StaffName).CurrentValue = "Someone else";
            await db.SaveChangesAsync();
        }));
        var delete = await Record.ExceptionAsync(() => Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            db.Remove(await db.Set<AuditEntry>().FirstAsync());
            await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(update);
        Assert.IsType<InvalidOperationException>(delete);
        Assert.Contains(await Entries(), e => e.StaffName == "Tom Okafor" && e.Action == AuditAction.SignedIn);
    }

    [Fact]
    public async Task An_administrator_finds_who_viewed_a_request_by_its_reference()
    {
        var request = await WorkspaceData.MissedBin(Host, null);
        var officer = await StaffSession.SignIn(Host, StaffSession.CaseOfficer);
        await officer.GetPage($"/staff/requests/{request.Reference}");
        var admin = await StaffSession.SignIn(Host, StaffSession.Administrator);

        var found = await admin.GetPage($"/staff/audit?record={FrontDoor.Domain.References.RequestReference.Parse(request.Reference).Value.Display}&action=viewed");

        Assert.Contains("Tom Okafor", found);
        Assert.Contains("Latest 1 entries", found);
    }
}
