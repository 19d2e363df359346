using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Account;

/// <summary>An email the development sink caught instead of sending.</summary>
public sealed class DevMailMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTime SentUtc { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }
}

internal sealed class DevMailMessageMapping : IEntityTypeConfiguration<DevMailMessage>
{
    public void Configure(EntityTypeBuilder<DevMailMessage> builder)
    {
        builder.ToTable("DevMail");
        builder.HasIndex(m => m.SentUtc);
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(200);
    }
}

/// <summary>
/// Keeps resident emails in the DevMail table, readable at /dev/mail when <c>DevMail:Enabled</c> is true (the default in
/// Development). The notifications outbox replaces this at merge; nothing here is sent anywhere.
/// </summary>
public sealed class DevelopmentMailSink(FrontDoorDb db, TimeProvider time) : IResidentEmails
{
    public Task SendEmailConfirmation(string email, string confirmUrl, string language, CancellationToken cancellationToken = default) =>
        Keep(email, "Confirm your email address", $"Confirm your email address to finish setting up your account:\n{confirmUrl}", cancellationToken);

    public Task SendPasswordReset(string email, string resetUrl, string language, CancellationToken cancellationToken = default) =>
        Keep(email, "Reset your password", $"Use this link to choose a new password. It works for 1 day:\n{resetUrl}\n\nIf you did not ask for this, ignore this email.", cancellationToken);

    public Task SendGuestTrackingLink(string email, string reference, DateOnly expectedBy, string trackUrl, string language, CancellationToken cancellationToken = default) =>
        Keep(email, $"We have received your request {reference}",
            $"Your reference is {reference}. We aim to respond by {expectedBy:d MMMM yyyy}.\nFollow your request here (the link works for 90 days):\n{trackUrl}", cancellationToken);

    private async Task Keep(string to, string subject, string body, CancellationToken cancellationToken)
    {
        db.Add(new DevMailMessage { To = to, Subject = subject, Body = body, SentUtc = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
