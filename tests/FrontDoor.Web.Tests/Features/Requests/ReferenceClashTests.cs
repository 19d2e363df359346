using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Contacts;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using FrontDoor.Web.Tests.Features.Requests.Api;
using static FrontDoor.Web.Tests.Features.Requests.Api.Open311Kit;

namespace FrontDoor.Web.Tests.Features.Requests;

/// <summary>
/// SubmitRequest relies on the unique index, not a look-up, to keep references unique: these tests hand it references
/// that are already taken and check that the request is saved once, under a fresh reference, with nothing left over.
/// </summary>
public abstract class ReferenceClashTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : ReferenceClashTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ReferenceClashTests(DatabaseProvider.Postgres);

    private readonly ScriptedReferences references = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<ReferenceSource>();
        services.AddSingleton<ReferenceSource>(references);
    }

    private static SubmitRequest.Command MissedBin(string? email = null) => new()
    {
        CouncilCode = "thameside",
        ServiceCode = "missed-bin",
        Channel = Channel.Web,
        Address = "12 High Street",
        ReporterName = "Jo Bloggs",
        ReporterEmail = email,
        Answers = SubmitRequestTests.Answers(("bin-type", ["general"]), ("collection-date", ["2026-11-20"]), ("bin-out", ["yes"])),
        Actor = Actor.Resident(null),
    };

    private async Task<string> Submit(SubmitRequest.Command command)
    {
        var submitted = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(command));
        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        return submitted.Value.Reference;
    }

    [Fact]
    public async Task A_reference_already_taken_is_replaced_and_the_request_is_saved_once_with_its_own_history_and_email()
    {
        var first = await Submit(MissedBin("first@example.com"));
        var fresh = RequestReference.NewReference().Value;
        references.Next(first, fresh);

        var second = await Submit(MissedBin("second@example.com"));

        Assert.Equal(fresh, second);
        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var request = await db.Set<ServiceRequest>().AsNoTracking().Include(r => r.History).SingleAsync(r => r.Reference == fresh);
            Assert.Equal(2, await db.Set<ServiceRequest>().CountAsync());
            Assert.Equal(4, await db.Set<RequestHistoryEntry>().CountAsync());
            Assert.Equal([HistoryAction.Submitted, HistoryAction.StatusChanged], request.History.OrderBy(h => h.Sequence).Select(h => h.Action));
            var emails = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.RequestId == request.Id).ToListAsync();
            Assert.Equal(["second@example.com"], emails.Select(m => m.Recipient).Distinct());
            Assert.Equal(emails.Count, emails.Select(m => m.Event).Distinct().Count());
            Assert.NotEmpty(emails);
            Assert.Equal(2 * emails.Count, await db.Set<OutboxMessage>().CountAsync(m => m.RequestId != null));
        });
    }

    [Fact]
    public async Task Rows_the_caller_added_before_a_clash_are_kept_and_saved_with_the_request()
    {
        var first = await Submit(MissedBin());
        var fresh = RequestReference.NewReference().Value;
        references.Next(first, fresh);

        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var council = await db.Set<FrontDoor.Web.Features.Councils.Council>().SingleAsync();
            db.Add(new Contact
            {
                CouncilId = council.Id,
                AtUtc = Host.Clock.GetUtcNow().UtcDateTime,
                Channel = Channel.Phone,
                Who = ContactWho.New,
                Outcome = ContactOutcome.RequestRaised,
                DemandType = FailureDemand.Value,
                StaffName = "Test advisor",
            });
            var submitted = await sp.GetRequiredService<SubmitRequest.Handler>().Handle(MissedBin());
            Assert.Equal(fresh, submitted.Value.Reference);
        });

        Assert.Equal(1, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<Contact>().CountAsync()));
    }

    [Fact]
    public async Task Three_clashes_in_a_row_fail_loudly_and_store_nothing()
    {
        var first = await Submit(MissedBin());
        references.Next(first, first, first);

        await Assert.ThrowsAsync<DbUpdateException>(() => Submit(MissedBin()));

        Assert.Equal(1, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().CountAsync()));
    }

    [Fact]
    public async Task An_open311_report_whose_reference_clashes_is_answered_with_the_new_reference_and_recorded_once()
    {
        var first = await Submit(MissedBin());
        var fresh = RequestReference.NewReference().Value;
        references.Next(first, fresh);
        var key = await IssueKey(Host, "FixMyStreet");

        var created = await Xml(await Post(Host.CreateClient(), "/requests.xml", Open311Kit.MissedBin(key)));

        Assert.Equal(fresh, created.Root!.Element("request")!.Element("service_request_id")!.Value);
        var submissions = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ApiSubmission>().AsNoTracking().ToListAsync());
        Assert.Equal([fresh], submissions.Select(s => s.RequestReference));
    }

    /// <summary>Hands out the references a test queues, then random ones.</summary>
    private sealed class ScriptedReferences : ReferenceSource
    {
        private readonly Queue<string> queued = new();

        public void Next(params string[] references)
        {
            foreach (var reference in references)
            {
                queued.Enqueue(reference);
            }
        }

        public override string Next() => queued.TryDequeue(out var reference) ? reference : base.Next();
    }
}
