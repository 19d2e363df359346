using System.Net;
using System.Net.Http.Json;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>Before a due date passes: staff see it, an extension tells the resident the new date, silence still tells them once.</summary>
public abstract class DelayNoticeTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : DelayNoticeTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DelayNoticeTests(DatabaseProvider.Postgres);

    protected override IDictionary<string, string?> Settings => With(new Dictionary<string, string?>
    {
        ["Notify:CallbackToken"] = "callback-secret-for-tests",
    });

    [Fact]
    public async Task A_request_due_soon_is_listed_for_staff_to_give_a_new_date()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        var due = await Host.InScope(sp => sp.GetRequiredService<DelayNotices>().NeedingNewDate());

        var listed = Assert.Single(due);
        Assert.Equal(new DateOnly(2026, 11, 25), listed.DueDate);
        Assert.Equal("Waste and Recycling", listed.DealtWithBy);
        Assert.False(listed.LateNoticeSent);
        Assert.Equal(FrontDoor.Domain.References.RequestReference.Parse(submitted.Reference).Value.Display, listed.Reference);
    }

    [Fact]
    public async Task If_nobody_acts_the_resident_is_told_once_on_the_due_date_that_it_is_late_and_whom_to_contact()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        var dayBefore = await Sweep();
        Host.Clock.Advance(TimeSpan.FromHours(48 + 5)); // Wednesday 25 November, 15:00: the due date, late afternoon.
        var onTheDay = await Sweep();
        var again = await Sweep();
        Host.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await Sweep();

        Assert.Equal((0, 1, 0, 0), (dayBefore, onTheDay, again, nextDay));
        var late = (await Messages(Host, submitted.Id)).Single(m => m.Event == NotificationEvent.RequestLate);
        Assert.Contains("We have not finished your request by the date we gave you", late.Body);
        Assert.Contains("call us on 020 7946 0101 or email waste@thameside.example", late.Body);
        Assert.Contains("We expect to finish by: Wednesday 25 November 2026", late.Body);
    }

    [Fact]
    public async Task A_request_given_a_new_date_is_not_late_and_the_resident_is_told_the_new_date()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var officer = await Officer(Host);
        await Host.InScope(sp => sp.GetRequiredService<ExtendRequest.Handler>()
            .Handle(new(submitted.Reference, null, 5, "We are waiting for a new bin.", Actor.Staff(officer.Id, officer.DisplayName))));
        Host.Clock.Advance(TimeSpan.FromHours(48 + 5));

        var told = await Sweep();

        Assert.Equal(0, told);
        var delayed = (await Messages(Host, submitted.Id)).Single(m => m.Event == NotificationEvent.RequestDelayed);
        Assert.Contains("We expect to finish by: Wednesday 2 December 2026", delayed.Body);
    }

    [Fact]
    public async Task A_closed_request_is_never_late()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var officer = await Officer(Host);
        await Host.InScope(sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new(submitted.Reference, null, ClosureReason.Completed, "Collected.", null, null, Actor.Staff(officer.Id, officer.DisplayName))));
        Host.Clock.Advance(TimeSpan.FromDays(5));

        Assert.Equal(0, await Sweep());
    }

    [Fact]
    public async Task Notify_delivery_receipts_mark_messages_delivered_or_failed_and_need_the_callback_token()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var message = Assert.Single(await Messages(Host, submitted.Id));
        using var client = Host.CreateClient();
        var receipt = new { id = "740e5834-3a29-46b4-9a6f-16142fde533a", reference = message.Id.ToString("N"), status = "delivered", notification_type = "email" };

        var anonymous = await client.PostAsJsonAsync(NotifyCallback.Path, receipt);
        using var request = new HttpRequestMessage(HttpMethod.Post, NotifyCallback.Path) { Content = JsonContent.Create(receipt) };
        request.Headers.Authorization = new("Bearer", "callback-secret-for-tests");
        var signed = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var stored = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(OutboxStatus.Delivered, stored.Status);
        Assert.Equal("740e5834-3a29-46b4-9a6f-16142fde533a", stored.ProviderId);
    }

    private Task<int> Sweep() => Host.InScope(sp => sp.GetRequiredService<DelayNotices>().SweepAsync());
}
