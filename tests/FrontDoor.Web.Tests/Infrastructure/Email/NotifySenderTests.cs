using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Infrastructure.Email;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Web.Tests.Infrastructure.Email;

/// <summary>The GOV.UK Notify client against a local server that checks the documented request shape and JWT claims.</summary>
public sealed class NotifySenderTests : IAsyncLifetime
{
    private FakeNotify notify = null!;
    private readonly FakeTimeProvider clock = new(FrontDoorHost.DefaultNow);

    public async Task InitializeAsync()
    {
        notify = await FakeNotify.Start();
        notify.Now = clock.GetUtcNow();
    }

    public async Task DisposeAsync() => await notify.DisposeAsync();

    private NotifySender Sender(params string[] channels) => new(new HttpClient(), new NotifyOptions
    {
        ApiKey = FakeNotify.ApiKey,
        BaseUrl = notify.BaseUrl,
        Templates = new() { ["default"] = "f33517ff-2a88-4f6e-b855-c550268ce08a", ["request-received"] = "2b4bbb29-1b8d-4f5c-9b31-1a6e0c6fa5a1" },
    }, clock, channels.ToHashSet());

    private static OutboxMessage Message(string channel = MessageChannel.Email, string @event = NotificationEvent.RequestReceived) => new()
    {
        Event = @event,
        Channel = channel,
        Language = "en",
        Recipient = channel == MessageChannel.Sms ? "07700900123" : "amina.hassan@example.com",
        RecipientName = "Amina Hassan",
        Subject = "We have your request K7M-4QP-X9Y",
        Body = "Dear Amina Hassan, ...",
        Personalisation = """{"name":"Amina Hassan","reference":"K7M-4QP-X9Y"}""",
        IdempotencyKey = "test",
    };

    [Fact]
    public async Task An_email_is_posted_with_the_documented_fields_a_valid_token_and_a_reference_that_names_no_one()
    {
        var message = Message();

        var outcome = await Sender(MessageChannel.Email).Send(message, false, CancellationToken.None);

        Assert.Equal(SendResult.Sent, outcome.Result);
        Assert.Empty(notify.Problems);
        var posted = Assert.Single(notify.Accepted);
        Assert.Equal("amina.hassan@example.com", posted["email_address"]!.GetValue<string>());
        Assert.Equal("2b4bbb29-1b8d-4f5c-9b31-1a6e0c6fa5a1", posted["template_id"]!.GetValue<string>());
        Assert.Equal(message.Id.ToString("N"), posted["reference"]!.GetValue<string>());
        Assert.Equal("K7M-4QP-X9Y", posted["personalisation"]!["reference"]!.GetValue<string>());
        Assert.Equal("We have your request K7M-4QP-X9Y", posted["personalisation"]!["subject"]!.GetValue<string>());
        Assert.Equal(posted["id"]!.GetValue<string>(), outcome.ProviderId);
    }

    [Fact]
    public async Task A_text_message_goes_to_the_sms_endpoint_with_the_default_template()
    {
        var outcome = await Sender(MessageChannel.Sms).Send(Message(MessageChannel.Sms, NotificationEvent.OfficerAssigned), false, CancellationToken.None);

        Assert.Equal(SendResult.Sent, outcome.Result);
        var posted = Assert.Single(notify.Accepted);
        Assert.Equal("07700900123", posted["phone_number"]!.GetValue<string>());
        Assert.Equal("f33517ff-2a88-4f6e-b855-c550268ce08a", posted["template_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(400, SendResult.Failed, "BadRequestError")]
    [InlineData(403, SendResult.Failed, "AuthError")]
    [InlineData(429, SendResult.Retry, "RateLimitError")]
    [InlineData(500, SendResult.Retry, "Exception")]
    public async Task Bad_requests_and_refused_keys_are_permanent_and_rate_limits_and_server_errors_are_retried(int status, SendResult expected, string error)
    {
        notify.AnswerWith = status;

        var outcome = await Sender(MessageChannel.Email).Send(Message(), false, CancellationToken.None);

        Assert.Equal(expected, outcome.Result);
        Assert.Contains($"Notify answered {status}: {error}", outcome.Detail);
        Assert.DoesNotContain("amina", outcome.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_from_a_clock_that_is_wrong_is_refused_by_Notify()
    {
        notify.Now = clock.GetUtcNow().AddMinutes(5);

        var outcome = await Sender(MessageChannel.Email).Send(Message(), false, CancellationToken.None);

        Assert.Equal(SendResult.Failed, outcome.Result);
        Assert.Contains("403", outcome.Detail);
    }

    [Fact]
    public async Task After_an_attempt_was_cut_off_a_message_Notify_already_has_is_not_sent_again()
    {
        var message = Message();
        var first = await Sender(MessageChannel.Email).Send(message, false, CancellationToken.None);

        var again = await Sender(MessageChannel.Email).Send(message, mayHaveBeenSent: true, CancellationToken.None);

        Assert.Equal(SendResult.Sent, again.Result);
        Assert.Equal(first.ProviderId, again.ProviderId);
        Assert.Single(notify.Accepted);
    }

    [Fact]
    public async Task A_cut_off_attempt_that_never_reached_Notify_is_sent()
    {
        var outcome = await Sender(MessageChannel.Email).Send(Message(), mayHaveBeenSent: true, CancellationToken.None);

        Assert.Equal(SendResult.Sent, outcome.Result);
        Assert.Single(notify.Accepted);
    }

    [Fact]
    public async Task Every_attempt_at_a_message_carries_the_same_reference()
    {
        var message = Message();
        notify.AnswerWith = 500;
        var failed = await Sender(MessageChannel.Email).Send(message, false, CancellationToken.None);
        notify.AnswerWith = 201;
        var sent = await Sender(MessageChannel.Email).Send(message, false, CancellationToken.None);

        Assert.Equal((SendResult.Retry, SendResult.Sent), (failed.Result, sent.Result));
        Assert.Equal([message.ProviderReference, message.ProviderReference], notify.Posted.Select(p => p["reference"]!.GetValue<string>()));
    }

    [Fact]
    public async Task After_a_cut_off_attempt_a_message_is_not_sent_blind_when_Notify_cannot_say_whether_it_has_it()
    {
        notify.SearchAnswersWith = 500;

        var outcome = await Sender(MessageChannel.Email).Send(Message(), mayHaveBeenSent: true, CancellationToken.None);

        Assert.Equal(SendResult.Retry, outcome.Result);
        Assert.Contains("Could not ask Notify whether the interrupted attempt reached it: Notify answered 500", outcome.Detail);
        Assert.Empty(notify.Posted);
    }

    [Fact]
    public async Task A_send_waiting_on_Notify_stops_as_soon_as_it_is_cancelled()
    {
        // The dispatcher cancels a send when FrontDoor shuts down or when it could not renew its claim (ADR 0010).
        notify.AnswerAfter = TimeSpan.FromSeconds(30);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var waited = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender(MessageChannel.Email).Send(Message(), false, cancel.Token));

        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"{waited.Elapsed}");
        Assert.Empty(notify.Accepted);
    }

    [Fact]
    public void The_api_key_splits_into_the_service_id_and_the_secret()
    {
        var key = NotifyApiKey.Parse(FakeNotify.ApiKey);

        Assert.Equal(FakeNotify.ServiceId, key.ServiceId);
        Assert.Equal(FakeNotify.SecretKey, key.SecretKey);
    }
}
