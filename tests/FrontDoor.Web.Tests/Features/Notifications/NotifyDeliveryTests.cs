using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Tests.Infrastructure.Email;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>
/// The dispatcher sending email through GOV.UK Notify (the local stand-in): after a dispatcher is killed mid-send, the
/// next one asks Notify for the message by its reference before sending it again.
/// </summary>
public abstract class NotifyDeliveryTests(DatabaseProvider provider) : HostTests(provider), IAsyncLifetime
{
    public sealed class OnSqlite() : NotifyDeliveryTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : NotifyDeliveryTests(DatabaseProvider.Postgres);

    private FakeNotify? notify;
    private readonly InterruptedSends interrupted = new();

    protected override IDictionary<string, string?> Settings => With(new Dictionary<string, string?>
    {
        ["Email:Provider"] = "Notify",
        ["Notify:ApiKey"] = FakeNotify.ApiKey,
        ["Notify:BaseUrl"] = notify!.BaseUrl,
        ["Notify:Templates:default"] = "f33517ff-2a88-4f6e-b855-c550268ce08a",
    });

    protected override void ConfigureServices(IServiceCollection services) => interrupted.WrapProviders(services);

    async Task IAsyncLifetime.InitializeAsync()
    {
        notify = await FakeNotify.Start();
        notify.Now = FrontDoorHost.DefaultNow;
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await notify!.DisposeAsync();
    }

    [Fact]
    public async Task A_message_Notify_took_before_its_dispatcher_was_killed_is_found_by_its_reference_and_not_sent_again()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        interrupted.DieAfterNextSend();
        var killed = ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "killed-dispatcher");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed.DispatchDueAsync());
        Host.Clock.Advance(Host.Services.GetRequiredService<NotificationsOptions>().Dispatcher.Lease);
        notify!.Now = Host.Clock.GetUtcNow();
        var report = await ActivatorUtilities.CreateInstance<OutboxDispatcher>(Host.Services, "survivor").DispatchDueAsync();

        Assert.Empty(notify.Problems);
        var accepted = Assert.Single(notify.Accepted);
        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(1, report.Sent);
        Assert.Equal(stored.Id.ToString("N"), accepted["reference"]!.GetValue<string>());
        Assert.Equal(accepted["id"]!.GetValue<string>(), stored.ProviderId);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal([AttemptOutcome.Abandoned, AttemptOutcome.Sent], stored.Attempts.OrderBy(a => a.Number).Select(a => a.Outcome));
        Assert.Equal("Already accepted by Notify before the interrupted attempt", stored.Attempts.OrderBy(a => a.Number).Last().Detail);
    }
}
