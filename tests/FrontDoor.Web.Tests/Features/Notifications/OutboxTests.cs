using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Requests;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>Each change a resident should hear about writes one message, in the same save, naming the charter's facts.</summary>
public abstract class OutboxTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : OutboxTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : OutboxTests(DatabaseProvider.Postgres);

    protected override IDictionary<string, string?> Settings => Quiet;

    [Fact]
    public async Task An_online_request_queues_one_acknowledgement_naming_the_reference_service_team_what_happens_next_and_date()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        var message = Assert.Single(await Messages(Host, submitted.Id));
        var display = FrontDoor.Domain.References.RequestReference.Parse(submitted.Reference).Value.Display;
        Assert.Equal(NotificationEvent.RequestReceived, message.Event);
        Assert.Equal(MessageChannel.Email, message.Channel);
        Assert.Equal("amina.hassan@example.com", message.Recipient);
        Assert.Contains(display, message.Subject);
        Assert.Contains($"Your reference: {display}", message.Body);
        Assert.Contains("Service: Report a missed bin collection", message.Body);
        Assert.Contains("Dealing with it: Waste and Recycling", message.Body);
        Assert.Contains("What happens next: We will collect your bin within 2 working days", message.Body);
        Assert.Contains("We expect to finish by: Wednesday 25 November 2026", message.Body);
        Assert.Equal(OutboxStatus.Queued, message.Status);
    }

    [Fact]
    public async Task Assigning_updating_extending_closing_and_reopening_each_queue_one_message_naming_the_officer()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var officer = await Officer(Host, "Priya Shah");
        var actor = Actor.Staff(officer.Id, officer.DisplayName);

        await Host.InScope(async sp =>
        {
            Assert.True((await sp.GetRequiredService<AssignOfficer.Handler>().Handle(new(submitted.Reference, null, officer.Id, actor))).Succeeded);
            Assert.True((await sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(new(submitted.Reference, null, "The crew will come on Tuesday.", true, actor))).Succeeded);
            Assert.True((await sp.GetRequiredService<ExtendRequest.Handler>().Handle(new(submitted.Reference, null, 3, "The lorry broke down.", actor))).Succeeded);
        });
        await Host.InScope(async sp =>
        {
            Assert.True((await sp.GetRequiredService<CloseRequest.Handler>().Handle(new(submitted.Reference, null, ClosureReason.Completed, "We emptied your bin.", null, null, actor))).Succeeded);
            Assert.True((await sp.GetRequiredService<ReopenRequest.Handler>().Handle(new(submitted.Reference, null, "It is still full.", Actor.Resident(resident.Id)))).Succeeded);
        });

        var messages = await Messages(Host, submitted.Id);
        Assert.Equal(
            [NotificationEvent.RequestReceived, NotificationEvent.OfficerAssigned, NotificationEvent.RequestUpdate,
             NotificationEvent.RequestDelayed, NotificationEvent.RequestClosed, NotificationEvent.RequestReopened],
            messages.Select(m => m.Event));
        Assert.All(messages.Skip(1), m => Assert.Contains("Priya Shah", m.Body));
        Assert.Contains("The crew will come on Tuesday.", messages[2].Body);
        // 25 November + 3 working days = Monday 30 November.
        Assert.Contains("The lorry broke down.", messages[3].Body);
        Assert.Contains("We expect to finish by: Monday 30 November 2026", messages[3].Body);
        Assert.Contains("We emptied your bin.", messages[4].Body);
        Assert.Contains($"https://frontdoor.thameside.example/requests/{submitted.Reference}/feedback", messages[4].Body);
        Assert.Contains("Closed on: Monday 23 November 2026", messages[4].Body);
        Assert.Contains("It is still full.", messages[5].Body);
    }

    [Fact]
    public async Task An_internal_note_never_reaches_a_message()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var officer = await Officer(Host);
        var actor = Actor.Staff(officer.Id, officer.DisplayName);

        await Host.InScope(async sp =>
        {
            await sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(new(submitted.Reference, null, "Resident is rude on the phone", false, actor));
            await sp.GetRequiredService<ChangeRequestStatus.Handler>().Handle(
                new(submitted.Reference, null, RequestStatus.InProgress, "We are on it.", "Crew short-staffed, resident is rude", actor));
        });

        var messages = await Messages(Host, submitted.Id);
        Assert.Equal([NotificationEvent.RequestReceived, NotificationEvent.RequestUpdate], messages.Select(m => m.Event));
        Assert.All(messages, m => Assert.DoesNotContain("rude", m.Body + m.Subject + m.Personalisation));
    }

    [Fact]
    public async Task A_change_that_is_not_saved_sends_nothing()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var officer = await Officer(Host);

        var stale = await Host.InScope(sp => sp.GetRequiredService<AddRequestUpdate.Handler>()
            .Handle(new(submitted.Reference, ExpectedVersion: 99, "Never saved", true, Actor.Staff(officer.Id, officer.DisplayName))));

        Assert.True(stale.Error!.IsConflict);
        Assert.Single(await Messages(Host, submitted.Id));
    }

    [Fact]
    public async Task A_resident_who_reads_Bengali_is_written_to_in_Bengali_with_the_date_in_Bengali()
    {
        var resident = await Resident(Host, language: "bn");
        var submitted = await MissedBin(Host, resident.Id);

        var message = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal("bn", message.Language);
        Assert.Contains("আমরা আপনার অনুরোধ পেয়েছি", message.Body);
        Assert.Contains(RequestMessages.FormatDate(new DateOnly(2026, 11, 25), "bn"), message.Body);
        Assert.DoesNotContain("Wednesday", message.Body);
    }

    [Fact]
    public async Task A_resident_who_reads_Somali_and_prefers_letters_gets_a_Somali_letter()
    {
        var resident = await Resident(Host, language: "so", channel: "letter");
        var submitted = await MissedBin(Host, resident.Id);

        var message = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(MessageChannel.Letter, message.Channel);
        Assert.Equal("Amina Hassan\nFlat 3\n12 River Road\nE14 2BG", message.Recipient);
        Assert.Contains("Waanu helnay codsigaaga", message.Body);
    }

    [Fact]
    public async Task A_resident_with_no_email_or_phone_gets_a_letter_in_the_print_queue()
    {
        var resident = await Resident(Host, email: null, phone: null);
        var submitted = await MissedBin(Host, resident.Id);

        var report = await Dispatcher(Host).DispatchDueAsync();

        var message = Assert.Single(await Messages(Host, submitted.Id));
        Assert.Equal(MessageChannel.Letter, message.Channel);
        Assert.Equal(OutboxStatus.AwaitingPrint, message.Status);
        Assert.Equal(1, report.AwaitingPrint);
    }

    [Fact]
    public async Task A_guest_who_left_an_email_address_is_acknowledged_and_one_who_left_nothing_is_not()
    {
        var withEmail = await MissedBin(Host, reporterEmail: "guest@example.com");
        var anonymous = await MissedBin(Host);

        Assert.Equal("guest@example.com", Assert.Single(await Messages(Host, withEmail.Id)).Recipient);
        Assert.Empty(await Messages(Host, anonymous.Id));
    }

    [Fact]
    public async Task An_account_email_is_queued_in_the_residents_language_with_its_link()
    {
        await Host.InScope(async sp =>
        {
            await sp.GetRequiredService<Outbox>().EnqueueAccountEmail("new.user@example.com", "so", NotificationEvent.AccountConfirmEmail,
                new Dictionary<string, string> { ["link"] = "https://frontdoor.thameside.example/account/confirm?code=abc" });
            await FrontDoorHost.Db(sp).SaveChangesAsync();
        });

        var message = Assert.Single(await Messages(Host));
        Assert.Equal("Xaqiiji ciwaankaaga iimaylka", message.Subject);
        Assert.Contains("https://frontdoor.thameside.example/account/confirm?code=abc", message.Body);
        Assert.Null(message.RequestId);
    }

    [Fact]
    public async Task When_the_original_is_finished_the_reporter_of_a_duplicate_is_told_with_its_completion_note()
    {
        var first = await Resident(Host);
        var second = await Resident(Host, email: "second.reporter@example.com");
        var original = await MissedBin(Host, first.Id);
        var duplicate = await MissedBin(Host, second.Id);
        var officer = await Officer(Host);
        var actor = Actor.Staff(officer.Id, officer.DisplayName);

        await Host.InScope(sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new(duplicate.Reference, null, ClosureReason.Duplicate, null, original.Reference, null, actor)));
        await Host.InScope(sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new(original.Reference, null, ClosureReason.Completed, "We collected the bins on your street.", null, null, actor)));

        var toSecond = (await Messages(Host, duplicate.Id)).Where(m => m.Event == NotificationEvent.RequestClosed).ToList();
        Assert.Equal(2, toSecond.Count);
        Assert.All(toSecond, m => Assert.Equal("second.reporter@example.com", m.Recipient));
        Assert.Contains("We collected the bins on your street.", toSecond[1].Body);
    }
}
