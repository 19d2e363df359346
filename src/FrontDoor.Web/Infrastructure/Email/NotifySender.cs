using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Web.Features.Notifications;

namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>
/// Sends email and text messages through GOV.UK Notify's API v2 (our own client, not GovukNotify: ADR 0010). The
/// reference sent to Notify is the outbox message id, which names no one and is the same on every attempt. 400 and 403
/// are permanent (the request or the key is wrong and retrying will not help); 429 and 5xx are retried with backoff.
/// After an attempt that was cut off, the message is first looked up at Notify by its reference, so a message Notify
/// already accepted is not sent again; if Notify cannot be asked, the send waits for a later try rather than risk a
/// second copy.
/// </summary>
public sealed class NotifySender(HttpClient http, NotifyOptions options, TimeProvider time, IReadOnlySet<string> channels) : IMessageSender
{
    public string Provider => "notify";

    public bool Handles(string channel) => channels.Contains(channel);

    public async Task<SendOutcome> Send(OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken)
    {
        var key = NotifyApiKey.Parse(options.ApiKey);
        if (mayHaveBeenSent)
        {
            var (found, problem) = await FindByReference(key, message.ProviderReference, cancellationToken);
            if (problem is not null)
            {
                return SendOutcome.Retry(problem);
            }

            if (found is not null)
            {
                return SendOutcome.Sent(found, "Already accepted by Notify before the interrupted attempt");
            }
        }

        var templateId = options.TemplateFor(message.Event);
        if (string.IsNullOrEmpty(templateId))
        {
            return SendOutcome.Failed($"No Notify template id is set for '{message.Event}' (Notify:Templates)");
        }

        var personalisation = JsonSerializer.Deserialize<Dictionary<string, string>>(message.Personalisation) ?? [];
        personalisation["subject"] = message.Subject;
        personalisation["body"] = message.Body;
        var body = new JsonObject
        {
            ["template_id"] = templateId,
            ["personalisation"] = JsonSerializer.SerializeToNode(personalisation),
            ["reference"] = message.ProviderReference,
        };
        string path;
        if (message.Channel == MessageChannel.Sms)
        {
            path = "v2/notifications/sms";
            body["phone_number"] = message.Recipient;
            if (!string.IsNullOrEmpty(options.SmsSenderId))
            {
                body["sms_sender_id"] = options.SmsSenderId;
            }
        }
        else
        {
            path = "v2/notifications/email";
            body["email_address"] = message.Recipient;
            if (!string.IsNullOrEmpty(options.EmailReplyToId))
            {
                body["email_reply_to_id"] = options.EmailReplyToId;
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Url(path))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key.Token(time.GetUtcNow()));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Retry($"Notify could not be reached ({ex.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Retry("Notify did not answer in time");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var id = JsonNode.Parse(text)?["id"]?.GetValue<string>();
                return SendOutcome.Sent(id, "Accepted by Notify");
            }

            var detail = $"Notify answered {(int)response.StatusCode}: {Errors(text)}";
            return (int)response.StatusCode switch
            {
                429 => SendOutcome.Retry(detail, response.Headers.RetryAfter?.Delta),
                >= 500 => SendOutcome.Retry(detail),
                _ => SendOutcome.Failed(detail),
            };
        }
    }

    /// <summary>Notify's id for the message with this reference, or a problem in words when Notify could not be asked.</summary>
    private async Task<(string? Id, string? Problem)> FindByReference(NotifyApiKey key, string reference, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url($"v2/notifications?reference={Uri.EscapeDataString(reference)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key.Token(time.GetUtcNow()));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return (null, $"Could not ask Notify whether the interrupted attempt reached it ({ex.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "Could not ask Notify whether the interrupted attempt reached it (no answer in time)");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"Could not ask Notify whether the interrupted attempt reached it: Notify answered {(int)response.StatusCode}: {Errors(text)}");
            }

            var found = JsonNode.Parse(text)?["notifications"]?.AsArray();
            return (found is { Count: > 0 } ? found[0]?["id"]?.GetValue<string>() : null, null);
        }
    }

    private Uri Url(string path) => new(new Uri(options.BaseUrl.TrimEnd('/') + "/"), path);

    /// <summary>Notify's error list: <c>{"status_code": 400, "errors": [{"error": "BadRequestError", "message": "..."}]}</c>.</summary>
    private static string Errors(string text)
    {
        try
        {
            var errors = JsonNode.Parse(text)?["errors"]?.AsArray();
            if (errors is { Count: > 0 })
            {
                return string.Join("; ", errors.Select(e => $"{e?["error"]}: {e?["message"]}"));
            }
        }
        catch (JsonException)
        {
        }

        return "no error details";
    }
}
