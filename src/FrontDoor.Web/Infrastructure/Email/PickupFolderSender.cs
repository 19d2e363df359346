using FrontDoor.Web.Features.Notifications;

namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>
/// Writes each email as an .eml file named after the message, for trying FrontDoor without a mail server
/// (Email:Provider = Pickup). Writing the same message again overwrites the same file, so it is never duplicated.
/// </summary>
public sealed class PickupFolderSender(EmailOptions options) : IMessageSender
{
    public string Provider => "pickup";

    public bool Handles(string channel) => channel == MessageChannel.Email;

    public async Task<SendOutcome> Send(OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.PickupFolder);
        var mime = EmailMessages.ToMime(message, options.Smtp.From, options.Smtp.ReplyTo);
        var path = Path.Combine(options.PickupFolder, $"{message.Id:N}.eml");
        await mime.WriteToAsync(path, cancellationToken);
        return SendOutcome.Sent(mime.MessageId, "Written to the pickup folder");
    }
}
