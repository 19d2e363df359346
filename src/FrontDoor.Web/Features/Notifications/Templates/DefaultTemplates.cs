namespace FrontDoor.Web.Features.Notifications.Templates;

/// <summary>Wording for one event in one language: the email subject and body (also used for letters), and a text message.</summary>
public sealed record TemplateText(string Subject, string Body, string Sms);

/// <summary>
/// FrontDoor's built-in wording, in plain English, Bengali and Somali. A council changes it by saving its own
/// <see cref="MessageTemplate"/> in the workspace. The Bengali and Somali wording needs review by a native speaker
/// before a council relies on it (docs/notifications.md).
/// </summary>
public static class DefaultTemplates
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "bn", "so"];

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, TemplateText>> ByLanguage =
        new Dictionary<string, IReadOnlyDictionary<string, TemplateText>>
        {
            ["en"] = EnglishTemplates.All,
            ["bn"] = BengaliTemplates.All,
            ["so"] = SomaliTemplates.All,
        };

    /// <summary>The language to write in: the resident's if FrontDoor has it, otherwise English.</summary>
    public static string LanguageFor(string? preferred) =>
        preferred is not null && ByLanguage.ContainsKey(preferred.Trim().ToLowerInvariant()) ? preferred.Trim().ToLowerInvariant() : "en";

    public static (string Subject, string Body) Find(string @event, string language, string channel)
    {
        var texts = ByLanguage[LanguageFor(language)];
        var text = texts.TryGetValue(@event, out var found) ? found : EnglishTemplates.All[@event];
        return channel == MessageChannel.Sms ? ("", text.Sms) : (text.Subject, text.Body);
    }
}
