namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>Configuration section <c>Notify</c>: GOV.UK Notify's API v2.</summary>
public sealed class NotifyOptions
{
    /// <summary>The key from Notify's API integration page: <c>{name}-{service id}-{secret}</c>.</summary>
    public string ApiKey { get; set; } = "";

    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";

    /// <summary>
    /// Notify template ids by event (request-received, officer-assigned...), or <c>default</c> for one template whose
    /// body is <c>((body))</c> and subject <c>((subject))</c>: FrontDoor renders the wording, Notify delivers it.
    /// </summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    public string? EmailReplyToId { get; set; }

    public string? SmsSenderId { get; set; }

    /// <summary>The bearer token Notify sends with delivery receipts (set the same value in Notify's callback settings).</summary>
    public string? CallbackToken { get; set; }

    public double TimeoutSeconds { get; set; } = 30;

    public string? TemplateFor(string @event) =>
        Templates.TryGetValue(@event, out var id) ? id : Templates.GetValueOrDefault("default");
}
