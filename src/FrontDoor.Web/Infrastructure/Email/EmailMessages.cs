using FrontDoor.Web.Features.Notifications;
using MimeKit;

namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>How an outbox message looks as an email, the same for every way of sending one.</summary>
public static class EmailMessages
{
    /// <summary>Marks every email FrontDoor sends, so that inbound email can recognise its own messages (mail loops).</summary>
    public const string FrontDoorHeader = "X-FrontDoor-Message";

    public static MimeMessage ToMime(OutboxMessage message, string from, string? replyTo)
    {
        var sender = MailboxAddress.Parse(from);
        var mime = new MimeMessage();
        mime.From.Add(sender);
        if (!string.IsNullOrWhiteSpace(replyTo))
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        mime.To.Add(new MailboxAddress(message.RecipientName ?? "", message.Recipient));
        mime.Subject = message.Subject;
        mime.MessageId = MessageIdFor(message.Id, sender.Domain);
        mime.Headers.Add(FrontDoorHeader, message.Id.ToString("N"));

        // RFC 3834: automatic replies (out of office) must not be sent to auto-generated mail.
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Date = message.CreatedUtc;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }

    public static string MessageIdFor(Guid messageId, string domain) =>
        $"{messageId:N}@{(string.IsNullOrEmpty(domain) ? "frontdoor.invalid" : domain)}";
}
