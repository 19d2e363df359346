using System.Text.RegularExpressions;
using FrontDoor.Web.Infrastructure.Email;
using MimeKit;

namespace FrontDoor.Web.Features.Notifications.Inbound;

/// <summary>
/// Recognises email that must not be answered: automatic replies (RFC 3834 <c>Auto-Submitted</c>, Microsoft's and
/// others' headers, the usual subjects), bounces (RFC 3464 delivery status reports, MAILER-DAEMON, an empty return
/// path), and mail loops (FrontDoor's own messages coming back).
/// </summary>
public static partial class InboundClassifier
{
    [GeneratedRegex(@"^\s*(out of (the )?office|automatic reply|auto(matic)?[- ]?(reply|response)|auto:|away from (my|the) (desk|office)|on (annual )?leave|abwesenheit|r[ée]ponse automatique|respuesta autom[áa]tica)",
        RegexOptions.IgnoreCase)]
    private static partial Regex AutoReplySubject();

    [GeneratedRegex(@"^\s*(undeliver(ed|able)|delivery (status notification|failure|has failed)|mail delivery (failed|subsystem)|returned mail|failure notice)",
        RegexOptions.IgnoreCase)]
    private static partial Regex BounceSubject();

    public static string? Unanswerable(MimeMessage message, string ownAddress)
    {
        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        if (message.Headers.Contains(EmailMessages.FrontDoorHeader)
            || string.Equals(from, ownAddress, StringComparison.OrdinalIgnoreCase))
        {
            return InboundKind.Loop;
        }

        if (IsBounce(message, from))
        {
            return InboundKind.Bounce;
        }

        return IsAutoReply(message) ? InboundKind.AutoReply : null;
    }

    private static bool IsBounce(MimeMessage message, string from)
    {
        if (message.Body is MultipartReport report
            && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var local = from.Split('@')[0];
        if (local.Equals("mailer-daemon", StringComparison.OrdinalIgnoreCase) || local.Equals("postmaster", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return message.Headers[HeaderId.ReturnPath] is { } returnPath && returnPath.Trim() == "<>" && BounceSubject().IsMatch(message.Subject ?? "");
    }

    private static bool IsAutoReply(MimeMessage message)
    {
        var autoSubmitted = message.Headers["Auto-Submitted"];
        if (!string.IsNullOrWhiteSpace(autoSubmitted) && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (message.Headers.Contains("X-Autoreply") || message.Headers.Contains("X-Autorespond")
            || message.Headers.Contains("X-Auto-Response-Suppress") && AutoReplySubject().IsMatch(message.Subject ?? ""))
        {
            return true;
        }

        var precedence = message.Headers[HeaderId.Precedence]?.Trim().ToLowerInvariant();
        if (precedence is "auto_reply" or "bulk" or "junk" or "list")
        {
            return true;
        }

        return AutoReplySubject().IsMatch(message.Subject ?? "");
    }
}
