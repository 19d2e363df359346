using System.Text.RegularExpressions;

namespace FrontDoor.Web.Features.Notifications.Templates;

/// <summary>Fills <c>((placeholder))</c> slots. A slot with no value is left out, never shown to the resident as code.</summary>
public static partial class TemplateRenderer
{
    [GeneratedRegex(@"\(\(([a-z_]+)\)\)")]
    private static partial Regex Slot();

    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Slot().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : "");

    /// <summary>The placeholders a template uses.</summary>
    public static IReadOnlySet<string> PlaceholdersIn(string template) =>
        Slot().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>Problems that stop a template being saved: unknown placeholders and the charter's required ones missing.</summary>
    public static IReadOnlyList<string> Problems(string @event, string channel, string subject, string body)
    {
        var problems = new List<string>();
        var used = PlaceholdersIn(subject + "\n" + body);
        foreach (var unknown in used.Where(p => !Placeholder.All.Contains(p)).Order())
        {
            problems.Add($"((" + unknown + ")) is not a placeholder FrontDoor knows. Use one of: " +
                string.Join(", ", Placeholder.All.Select(p => "((" + p + "))")));
        }

        foreach (var missing in NotificationEvent.RequiredPlaceholders(@event).Where(p => !used.Contains(p)))
        {
            problems.Add($"Add ((" + missing + ")): every message about a request must name the reference, the service, " +
                "the officer dealing with it, what happens next and the date");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add("Enter the message");
        }
        else if (channel == MessageChannel.Sms && body.Length > 918)
        {
            problems.Add("A text message must be 918 characters or fewer (6 text messages) before placeholders are filled in");
        }

        if (channel != MessageChannel.Sms && string.IsNullOrWhiteSpace(subject))
        {
            problems.Add("Enter the subject");
        }

        return problems;
    }
}
