namespace FrontDoor.Web.Features.Notifications.Letters;

/// <summary>
/// Letters go to the print queue in the workspace, where staff download them as a PDF and mark them printed.
/// Nothing leaves FrontDoor here, so a letter cannot be duplicated by a retry.
/// </summary>
public sealed class PrintQueueSender : IMessageSender
{
    public string Provider => "print";

    public bool Handles(string channel) => channel == MessageChannel.Letter;

    public Task<SendOutcome> Send(OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken) =>
        Task.FromResult(SendOutcome.Queued("Added to the print queue"));
}
