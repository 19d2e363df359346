using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Notifications.Inbound;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using FrontDoor.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Infrastructure.Email;

/// <summary>Inbound email read from a real IMAP server (dovecot) on loopback.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public abstract class ImapInboxTests(DatabaseProvider provider) : HostTests(provider), IAsyncLifetime
{
    public sealed class OnSqlite() : ImapInboxTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ImapInboxTests(DatabaseProvider.Postgres);

    private Dovecot? imap;

    protected override IDictionary<string, string?> Settings => With(imap!.Settings(), new Dictionary<string, string?>
    {
        ["Email:Smtp:From"] = "Thameside Council <noreply@thameside.example>",
    });

    async Task IAsyncLifetime.InitializeAsync()
    {
        imap = await Dovecot.Start();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await imap!.DisposeAsync();
    }

    private static MimeMessage Email(string from, string subject, string body, Action<MimeMessage>? change = null)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body }, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("example.com") };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("contact@thameside.example"));
        change?.Invoke(message);
        return message;
    }

    private Task<int> ReadMailbox() => Host.Services.GetRequiredService<ImapInbox>().ReadNewAsync();

    private Task<List<InboundEmail>> Inbound() => Host.InScope(sp =>
        FrontDoorHost.Db(sp).Set<InboundEmail>().AsNoTracking().Include(e => e.Attachments).OrderBy(e => e.ReceivedUtc).ThenBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_reply_carrying_a_reference_lands_on_that_request_and_the_resident_is_told_it_arrived()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var display = FrontDoor.Domain.References.RequestReference.Parse(submitted.Reference).Value.Display;
        await imap!.Deliver(Email("Amina Hassan <amina.hassan@example.com>", $"RE: We have your request {display}",
            "The bin is still full and smells.\n\n> Your reference: " + display));

        var read = await ReadMailbox();
        var readAgain = await ReadMailbox();

        Assert.Equal((1, 0), (read, readAgain));
        var inbound = Assert.Single(await Inbound());
        Assert.Equal(InboundKind.Reply, inbound.Kind);
        Assert.Equal(submitted.Id, inbound.RequestId);
        var history = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<RequestHistoryEntry>().AsNoTracking()
            .Where(h => h.RequestId == submitted.Id && h.Action == HistoryAction.ResidentMessage).ToListAsync());
        Assert.StartsWith("The bin is still full and smells.", Assert.Single(history).PublicNote);
        var ack = (await Messages(Host, submitted.Id)).Single(m => m.Event == NotificationEvent.MessageReceived);
        Assert.Contains($"Your reference: {display}", ack.Body);
        var contact = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Contacts.Contact>().AsNoTracking()
            .SingleAsync(c => c.RequestId == submitted.Id));
        Assert.Equal((Channel.Email, resident.Id), (contact.Channel, contact.CustomerId));
    }

    [Fact]
    public async Task An_email_without_a_reference_opens_a_request_in_triage_and_is_acknowledged_with_the_new_reference()
    {
        await imap!.Deliver(Email("Sam Okoro <sam.okoro@example.com>", "Question about my parking permit",
            "Can I get a visitor permit for my carer?"));

        await ReadMailbox();

        var inbound = Assert.Single(await Inbound());
        Assert.Equal(InboundKind.NewRequest, inbound.Kind);
        var request = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().Include(r => r.Service)
            .SingleAsync(r => r.Id == inbound.RequestId));
        Assert.Equal("ask-a-question", request.Service!.Code);
        Assert.Equal(Channel.Email, request.Channel);
        var ack = Assert.Single(await Messages(Host, request.Id));
        Assert.Equal("sam.okoro@example.com", ack.Recipient);
        Assert.Contains(FrontDoor.Domain.References.RequestReference.Parse(request.Reference).Value.Display, ack.Subject);
        var contact = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Contacts.Contact>().AsNoTracking()
            .SingleAsync(c => c.RequestId == request.Id));
        Assert.Equal((Channel.Email, FrontDoor.Web.Features.Contacts.ContactOutcome.RequestRaised), (contact.Channel, contact.Outcome));
    }

    [Fact]
    public async Task Out_of_office_replies_bounces_and_loops_are_kept_but_never_answered()
    {
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);
        var sent = Assert.Single(await Messages(Host, submitted.Id));
        await imap!.Deliver(Email("amina.hassan@example.com", "Automatic reply: We have your request", "I am away until Monday.",
            m => m.Headers.Add("Auto-Submitted", "auto-replied")));
        await imap.Deliver(Email("someone@example.com", "Out of Office", "Back soon."));
        await imap.Deliver(Bounce(EmailMessages.MessageIdFor(sent.Id, "thameside.example")));
        await imap.Deliver(Email("noreply@thameside.example", "We have your request", "Looped back",
            m => m.Headers.Add(EmailMessages.FrontDoorHeader, Guid.NewGuid().ToString("N"))));

        await ReadMailbox();

        Assert.Equal([InboundKind.AutoReply, InboundKind.AutoReply, InboundKind.Bounce, InboundKind.Loop], (await Inbound()).Select(e => e.Kind));
        Assert.Equal(1, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().CountAsync()));
        var bounced = Assert.Single(await Messages(Host));
        Assert.Equal(OutboxStatus.Failed, bounced.Status);
        Assert.StartsWith("The email bounced", bounced.FailureReason);
    }

    [Fact]
    public async Task Attachments_within_the_limits_are_kept_and_others_are_listed_as_refused()
    {
        var builder = new BodyBuilder { TextBody = "Photo of the fly-tipping attached." };
        builder.Attachments.Add("photo.jpg", new byte[2048], new ContentType("image", "jpeg"));
        builder.Attachments.Add("invoice.exe", new byte[100], new ContentType("application", "x-msdownload"));
        await imap!.Deliver(Email("sam.okoro@example.com", "Fly-tipping on Dock Street", "", m => m.Body = builder.ToMessageBody()));

        await ReadMailbox();

        var attachments = Assert.Single(await Inbound()).Attachments.OrderBy(a => a.FileName).ToList();
        Assert.Equal(["invoice.exe", "photo.jpg"], attachments.Select(a => a.FileName));
        Assert.Null(attachments[0].Content);
        Assert.Equal("Files of type application/x-msdownload are not accepted", attachments[0].RefusedBecause);
        Assert.Equal(2048, attachments[1].Content!.Length);
    }

    [Fact]
    public async Task A_sender_writing_too_often_is_kept_but_not_answered_again()
    {
        for (var i = 0; i < 7; i++)
        {
            await imap!.Deliver(Email("robot@example.com", $"Ticket {i} opened", "We have received your message."));
        }

        await ReadMailbox();

        var kinds = (await Inbound()).Select(e => e.Kind).ToList();
        Assert.Equal(5, kinds.Count(k => k == InboundKind.NewRequest));
        Assert.Equal(2, kinds.Count(k => k == InboundKind.RateLimited));
    }

    private static MimeMessage Bounce(string ourMessageId)
    {
        var report = new MultipartReport("delivery-status");
        report.Add(new TextPart("plain") { Text = "Delivery to the following recipient failed permanently: amina.hassan@example.com" });
        report.Add(new MimePart("message", "delivery-status") { Content = new MimeContent(new MemoryStream("Reporting-MTA: dns; mx.example.com\nAction: failed\nStatus: 5.1.1\n"u8.ToArray())) });
        report.Add(new TextPart("rfc822-headers") { Text = $"Message-ID: <{ourMessageId}>\nSubject: We have your request\n" });
        var bounce = new MimeMessage { Subject = "Undelivered Mail Returned to Sender", Body = report, MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("mx.example.com") };
        bounce.From.Add(MailboxAddress.Parse("MAILER-DAEMON@mx.example.com"));
        bounce.To.Add(MailboxAddress.Parse("noreply@thameside.example"));
        return bounce;
    }
}
