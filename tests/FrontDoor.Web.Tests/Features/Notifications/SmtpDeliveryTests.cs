using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using FrontDoor.Web.Tests.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>
/// Through a real SMTP server on loopback: what arrives; that every message arrives once when the server is down for a
/// while, when a dispatcher dies holding messages before sending, and when two dispatchers share the database; and
/// that a message whose dispatcher died mid-send arrives again with the same Message-ID (at least once).
/// </summary>
public abstract class SmtpDeliveryTests(DatabaseProvider provider) : HostTests(provider), IAsyncLifetime
{
    public sealed class OnSqlite() : SmtpDeliveryTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SmtpDeliveryTests(DatabaseProvider.Postgres);

    private readonly SmtpSinkHolder sink = new();
    private readonly InterruptedSends interrupted = new();

    protected override IDictionary<string, string?> Settings => With(sink.Sink!.Settings(), new Dictionary<string, string?>
    {
        ["Notifications:Dispatcher:BatchSize"] = "25",
        ["Notifications:Dispatcher:LeaseSeconds"] = "15",
    });

    protected override void ConfigureServices(IServiceCollection services) => interrupted.WrapProviders(services);

    private TimeSpan Lease => Host.Services.GetRequiredService<NotificationsOptions>().Dispatcher.Lease;

    async Task IAsyncLifetime.InitializeAsync()
    {
        sink.Sink = await SmtpSink.Start();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await sink.Sink!.DisposeAsync();
    }

    private SmtpSink Smtp => sink.Sink!;

    [Fact]
    public async Task The_email_that_arrives_names_the_reference_the_officer_and_the_date()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var officer = await Officer(Host, "Priya Shah");
        await Host.InScope(sp => sp.GetRequiredService<AssignOfficer.Handler>()
            .Handle(new(submitted.Reference, null, officer.Id, Actor.Staff(officer.Id, officer.DisplayName))));

        var report = await Dispatcher(Host).DispatchDueAsync();

        Assert.Equal(2, report.Sent);
        var display = FrontDoor.Domain.References.RequestReference.Parse(submitted.Reference).Value.Display;
        var assigned = Smtp.Messages().Single(m => m.Subject!.StartsWith("Priya Shah", StringComparison.Ordinal));
        Assert.Equal(["amina.hassan@example.com"], assigned.To);
        Assert.Contains($"Your reference: {display}", assigned.Text);
        Assert.Contains("Dealing with it: Priya Shah", assigned.Text);
        Assert.Contains("We expect to finish by: Wednesday 25 November 2026", assigned.Text);
        Assert.Equal("auto-generated", assigned.Headers["auto-submitted"]);
        var stored = (await Messages(Host, submitted.Id)).Single(m => m.Event == NotificationEvent.OfficerAssigned);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal($"<{stored.ProviderId}>", assigned.MessageId);
    }

    [Fact]
    public async Task When_the_mail_server_is_down_for_a_while_every_message_is_delivered_once_when_it_is_back()
    {
        await Smtp.Stop();
        var resident = await Resident(Host);
        var requests = new List<SubmitRequest.Submitted>();
        for (var i = 0; i < 3; i++)
        {
            requests.Add(await MissedBin(Host, resident.Id));
        }

        var whileDown = await Dispatcher(Host).DispatchDueAsync();
        Assert.Equal(3, whileDown.Retrying);
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, (await Dispatcher(Host).DispatchDueAsync()).Retrying);

        await Smtp.StartAgain();
        var tooSoon = await Dispatcher(Host).DispatchDueAsync();
        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        var back = await Dispatcher(Host).DispatchDueAsync();
        var again = await Dispatcher(Host).DispatchDueAsync();

        Assert.Equal(0, tooSoon.Total);
        Assert.Equal(3, back.Sent);
        Assert.Equal(0, again.Total);
        var received = Smtp.Messages();
        Assert.Equal(3, received.Count);
        Assert.Equal(3, received.Select(m => m.MessageId).Distinct().Count());
        var stored = await Messages(Host);
        Assert.All(stored, m =>
        {
            Assert.Equal(OutboxStatus.Sent, m.Status);
            Assert.Equal([AttemptOutcome.WillRetry, AttemptOutcome.WillRetry, AttemptOutcome.Sent], m.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
            Assert.Contains("could not be reached", m.Attempts.OrderBy(a => a.Number).First().Detail);
        });
    }

    [Fact]
    public async Task Messages_held_by_a_dispatcher_that_died_before_sending_are_sent_once_by_another_when_its_lease_runs_out()
    {
        var resident = await Resident(Host);
        await MissedBin(Host, resident.Id);
        await MissedBin(Host, resident.Id);

        // The first dispatcher claims the messages and dies before sending (its process was killed).
        var dead = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "killed-dispatcher");
        var (_, claimed) = await dead.ClaimBatchAsync();
        Assert.Equal(2, claimed.Count);

        var survivor = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "survivor");
        var whileClaimed = await survivor.DispatchDueAsync();
        Host.Clock.Advance(Lease);
        var afterExpiry = await survivor.DispatchDueAsync();

        Assert.Equal(0, whileClaimed.Total);
        Assert.Equal(2, afterExpiry.Sent);
        Assert.Equal(2, Smtp.Messages().Count);
        Assert.All(await Messages(Host), m => Assert.Equal("survivor", Assert.Single(m.Attempts).DispatcherId));
    }

    [Fact]
    public async Task An_attempt_cut_off_mid_send_is_recorded_as_abandoned_and_the_message_is_still_sent()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        // A dispatcher claimed the message, committed its attempt, and was killed before the server answered.
        var dead = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "killed-dispatcher");
        var (_, claimed) = await dead.ClaimBatchAsync();
        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == claimed[0]);
            message.AttemptCount = 1;
            db.Add(new DeliveryAttempt { MessageId = message.Id, Number = 1, DispatcherId = "killed-dispatcher", StartedUtc = Host.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });
        Host.Clock.Advance(TimeSpan.FromMinutes(3));

        await Dispatcher(Host).DispatchDueAsync();

        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal([AttemptOutcome.Abandoned, AttemptOutcome.Sent], stored.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        // Any copy the cut-off attempt did deliver carries the same Message-ID, so it is recognisably the same email.
        Assert.Equal($"<{stored.ProviderId}>", Assert.Single(Smtp.Messages()).MessageId);
    }

    [Fact]
    public async Task A_message_whose_dispatcher_was_killed_after_the_server_took_it_is_sent_again_with_the_same_Message_ID()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        // The server answered 250, and the process was killed before it recorded that: at least once, not exactly once.
        interrupted.DieAfterNextSend();
        var killed = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "killed-dispatcher");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.DispatchDueAsync());
        var survivor = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "survivor");
        var whileLeased = await survivor.DispatchDueAsync();
        Host.Clock.Advance(Lease);
        var afterLease = await survivor.DispatchDueAsync();

        Assert.Equal(0, whileLeased.Total);
        Assert.Equal(1, afterLease.Sent);
        var copies = Smtp.Messages();
        Assert.Equal(2, copies.Count);
        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.All(copies, copy => Assert.Equal($"<{stored.ProviderId}>", copy.MessageId));
        Assert.All(copies, copy => Assert.Equal(stored.Id.ToString("N"), copy.Headers["x-frontdoor-message"]));
        Assert.StartsWith(stored.Id.ToString("N") + "@", stored.ProviderId);
        Assert.Equal([AttemptOutcome.Abandoned, AttemptOutcome.Sent], stored.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        Assert.Equal(["killed-dispatcher", "survivor"], stored.Attempts.OrderBy(a => a.Number).Select(a => a.DispatcherId));
    }

    [Fact]
    public async Task Two_dispatchers_sharing_the_database_send_a_thousand_messages_with_no_duplicates_and_none_lost()
    {
        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var council = await db.Set<FrontDoor.Web.Features.Councils.Council>().FirstAsync();
            var now = Host.Clock.GetUtcNow().UtcDateTime;
            db.AddRange(Enumerable.Range(0, 1000).Select(i => new OutboxMessage
            {
                CouncilId = council.Id, Event = NotificationEvent.RequestUpdate, Channel = MessageChannel.Email, Language = "en",
                Recipient = $"resident{i}@example.com", Subject = $"Message {i}", Body = $"Body {i}",
                IdempotencyKey = $"load:{i}", CreatedUtc = now, NextAttemptUtc = now,
            }));
            await db.SaveChangesAsync();
        });

        var first = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "dispatcher-a");
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "dispatcher-b");
        var reports = await Task.WhenAll(Task.Run(() => first.DispatchDueAsync()), Task.Run(() => second.DispatchDueAsync()));

        Assert.Equal(1000, reports.Sum(r => r.Sent));
        var received = Smtp.Messages();
        Assert.Equal(1000, received.Count);
        Assert.Equal(1000, received.Select(m => m.To.Single()).Distinct().Count());
        var stored = await Messages(Host);
        Assert.All(stored, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.All(stored, m => Assert.Single(m.Attempts));
        Assert.Equal(2, stored.Select(m => m.Attempts.Single().DispatcherId).Distinct().Count());
    }

    /// <summary>The sink must start before the host reads its settings; this holds it across that moment.</summary>
    private sealed class SmtpSinkHolder
    {
        public SmtpSink? Sink { get; set; }
    }
}
