using FrontDoor.Web.Features.Notifications;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>
/// The claim on a message is a lease its dispatcher renews while it sends: a live dispatcher keeps it however long the
/// provider takes, a dispatcher that cannot renew stops sending before anyone else may take the message, and a dead
/// one's messages are taken over one lease after its last renewal (configured here as 12 seconds).
/// </summary>
public abstract class OutboxLeaseTests(DatabaseProvider provider) : HostTests(provider), IAsyncLifetime
{
    public sealed class OnSqlite() : OutboxLeaseTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : OutboxLeaseTests(DatabaseProvider.Postgres);

    private readonly InterruptedSends interrupted = new();
    private readonly string pickup = Directory.CreateTempSubdirectory("frontdoor-lease-mail-").FullName;

    protected override IDictionary<string, string?> Settings => With(new Dictionary<string, string?>
    {
        ["Email:Provider"] = "Pickup",
        ["Email:PickupFolder"] = pickup,
        ["Notifications:Dispatcher:LeaseSeconds"] = "12",
    });

    protected override void ConfigureServices(IServiceCollection services) => interrupted.WrapProviders(services);

    private DispatcherOptions Options => Host.Services.GetRequiredService<NotificationsOptions>().Dispatcher;

    [Fact]
    public async Task A_live_dispatcher_keeps_its_message_however_long_the_provider_takes_and_no_other_dispatcher_sends_it()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var slow = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "slow-dispatcher");
        var other = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "other-dispatcher");

        interrupted.HoldNextSend();
        var sending = slow.DispatchDueAsync();
        await interrupted.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var othersTries = new List<int>();

        // Five leases' worth of time while the provider has not answered: the claim is renewed every third of a lease.
        for (var beat = 0; beat < 15; beat++)
        {
            await Renewed(slow, () => Host.Clock.Advance(Options.RenewEvery));
            othersTries.Add((await other.DispatchDueAsync()).Total);
        }

        interrupted.Release();
        var report = await sending;

        Assert.All(othersTries, tried => Assert.Equal(0, tried));
        Assert.Equal(1, report.Sent);
        Assert.False(interrupted.HeldSendCancelled);
        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(1, interrupted.SendsOf(stored.Id));
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal("slow-dispatcher", Assert.Single(stored.Attempts).DispatcherId);
    }

    [Fact]
    public async Task A_dispatcher_that_cannot_renew_its_claim_stops_sending_before_another_may_take_the_message()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var stuck = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "stuck-dispatcher");
        var other = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "other-dispatcher");

        interrupted.HoldNextSend();
        var sending = stuck.DispatchDueAsync();
        await interrupted.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // No renewal got through for two thirds of the lease (the database was not answering, say): the send is
        // stopped then, a third of a lease before the claim runs out.
        Host.Clock.Advance((Options.RenewEvery * 2) + TimeSpan.FromSeconds(1));
        var stopped = await sending.WaitAsync(TimeSpan.FromSeconds(30));
        var beforeTheLeaseRanOut = await other.DispatchDueAsync();
        Host.Clock.Advance(Options.Lease - (Options.RenewEvery * 2) - TimeSpan.FromSeconds(1));
        var whenItRanOut = await other.DispatchDueAsync();

        Assert.True(interrupted.HeldSendCancelled);
        Assert.Equal(1, stopped.Skipped);
        Assert.Equal(0, beforeTheLeaseRanOut.Total);
        Assert.Equal(1, whenItRanOut.Sent);
        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(1, interrupted.SendsOf(stored.Id));
        Assert.Equal([AttemptOutcome.Abandoned, AttemptOutcome.Sent], stored.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        Assert.Equal(["stuck-dispatcher", "other-dispatcher"], stored.Attempts.OrderBy(a => a.Number).Select(a => a.DispatcherId));
    }

    [Fact]
    public async Task A_dead_dispatchers_message_is_taken_over_one_lease_after_its_last_renewal_as_configured()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var dying = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "dying-dispatcher");
        var survivor = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "survivor");

        // It sends, renews its claim once, and is killed mid-send: no outcome, no more renewals.
        interrupted.HoldNextSend();
        using var kill = new CancellationTokenSource();
        var sending = dying.DispatchDueAsync(kill.Token);
        await interrupted.Held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Renewed(dying, () => Host.Clock.Advance(Options.RenewEvery));
        var lastRenewal = Host.Clock.GetUtcNow();
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        Host.Clock.Advance(lastRenewal + Options.Lease - TimeSpan.FromSeconds(1) - Host.Clock.GetUtcNow());
        var aSecondBefore = await survivor.DispatchDueAsync();
        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        var onTheSecond = await survivor.DispatchDueAsync();

        Assert.Equal(TimeSpan.FromSeconds(12), Options.Lease);
        Assert.Equal(0, aSecondBefore.Total);
        Assert.Equal(1, onTheSecond.Sent);
        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal([AttemptOutcome.Abandoned, AttemptOutcome.Sent], stored.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
    }

    /// <summary>Moves the clock and waits until the dispatcher has renewed its claim in the database.</summary>
    private static async Task Renewed(OutboxDispatcher dispatcher, Action advance)
    {
        var before = dispatcher.LeaseRenewals;
        advance();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (dispatcher.LeaseRenewals == before)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the claim was not renewed");
            await Task.Delay(10);
        }
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Directory.Delete(pickup, true);
    }
}
