using System.Text.Json;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Notifications.Templates;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// The way other features send a message that is not about a request, such as account emails. The message is added
/// to the caller's context: it is sent only if the caller's save succeeds.
/// </summary>
public sealed class Outbox(FrontDoorDb db, TimeProvider time, IConfiguration configuration)
{
    /// <summary>
    /// Queues an account email (<see cref="NotificationEvent.AccountConfirmEmail"/> or
    /// <see cref="NotificationEvent.AccountResetPassword"/>) in the resident's language. Placeholders: <c>link</c>,
    /// and optionally <c>name</c>. Call SaveChanges afterwards, with the change that caused it.
    /// </summary>
    public async Task<OutboxMessage> EnqueueAccountEmail(
        string to, string? language, string templateKey, IReadOnlyDictionary<string, string> placeholders,
        string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (NotificationEvent.IsAboutARequest(templateKey))
        {
            throw new ArgumentException($"'{templateKey}' is not an account email template.", nameof(templateKey));
        }

        var code = configuration["Council:Code"] ?? "thameside";
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Code == code, cancellationToken);
        var lang = DefaultTemplates.LanguageFor(language);
        var values = new Dictionary<string, string>(placeholders) { [Placeholder.Council] = council.Name };
        var wording = await TemplateStore.Find(db, council.Id, templateKey, lang, MessageChannel.Email, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            CouncilId = council.Id,
            Event = templateKey,
            Channel = MessageChannel.Email,
            Language = lang,
            Recipient = to.Trim(),
            RecipientName = values.GetValueOrDefault(Placeholder.Name),
            Subject = TemplateRenderer.Render(wording.Subject, values),
            Body = TemplateRenderer.Render(wording.Body, values),
            Personalisation = JsonSerializer.Serialize(values),
            IdempotencyKey = idempotencyKey ?? $"account:{templateKey}:{Guid.CreateVersion7():N}",
            CreatedUtc = now,
            NextAttemptUtc = now,
        };
        db.Add(message);
        return message;
    }
}
