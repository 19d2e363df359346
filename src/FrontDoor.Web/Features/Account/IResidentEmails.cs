namespace FrontDoor.Web.Features.Account;

/// <summary>
/// The emails the resident site sends. Links are absolute and carry only random tokens and ids, never personal data.
/// Until the notifications outbox is connected, <see cref="DevelopmentMailSink"/> keeps them in a table shown at /dev/mail.
/// </summary>
public interface IResidentEmails
{
    Task SendEmailConfirmation(string email, string confirmUrl, string language, CancellationToken cancellationToken = default);

    Task SendPasswordReset(string email, string resetUrl, string language, CancellationToken cancellationToken = default);

    /// <summary>To a guest after they report or apply: the reference, the date and the secure link to follow it.</summary>
    Task SendGuestTrackingLink(string email, string reference, DateOnly expectedBy, string trackUrl, string language, CancellationToken cancellationToken = default);
}
