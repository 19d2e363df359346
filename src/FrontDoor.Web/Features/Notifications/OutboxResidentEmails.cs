using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Infrastructure.Database;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// The resident site's emails (confirm your email, reset your password, the guest's link to follow a request) go
/// through the outbox like every other message: in the resident's language, retried, sent at least once, and visible to staff
/// when they fail. In Development, /dev/mail shows what was queued.
/// </summary>
public sealed class OutboxResidentEmails(FrontDoorDb db, Outbox outbox) : IResidentEmails
{
    public Task SendEmailConfirmation(string email, string confirmUrl, string language, CancellationToken cancellationToken = default) =>
        Queue(email, language, NotificationEvent.AccountConfirmEmail, new() { [Placeholder.Link] = confirmUrl }, cancellationToken);

    public Task SendPasswordReset(string email, string resetUrl, string language, CancellationToken cancellationToken = default) =>
        Queue(email, language, NotificationEvent.AccountResetPassword, new() { [Placeholder.Link] = resetUrl }, cancellationToken);

    public Task SendGuestTrackingLink(string email, string reference, DateOnly expectedBy, string trackUrl, string language, CancellationToken cancellationToken = default) =>
        Queue(email, language, NotificationEvent.GuestTrackingLink, new()
        {
            [Placeholder.Link] = trackUrl,
            [Placeholder.Reference] = RequestReference.Parse(reference) is { Succeeded: true } parsed ? parsed.Value.Display : reference,
            [Placeholder.Date] = RequestMessages.FormatDate(expectedBy, language),
        }, cancellationToken);

    private async Task Queue(string to, string language, string templateKey, Dictionary<string, string> placeholders, CancellationToken cancellationToken)
    {
        await outbox.EnqueueAccountEmail(to, language, templateKey, placeholders, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
