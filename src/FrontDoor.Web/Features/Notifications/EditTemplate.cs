using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Notifications.Templates;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// An administrator changes a template: a preview with example values, readability warnings (which do not stop a
/// save), and problems that do (an unknown placeholder, or a charter fact left out).
/// </summary>
public static class EditTemplate
{
    public sealed record Command(string Event, string Language, string Channel, string Subject, string Body, string? NotifyTemplateId, string EditedBy);

    public sealed record Preview(string Subject, string Body, Readability.Report Readability, IReadOnlyList<string> Problems);

    /// <summary>Values that look like a real message, for the preview.</summary>
    public static IReadOnlyDictionary<string, string> Example(string language) => new Dictionary<string, string>
    {
        [Placeholder.Name] = "Amina Hassan",
        [Placeholder.Reference] = "K7M-4QP-X9Y",
        [Placeholder.Service] = "Report a missed bin collection",
        [Placeholder.Officer] = "Priya Shah",
        [Placeholder.WhatHappensNext] = "We will collect your bin within 2 working days. If we cannot, we will tell you why.",
        [Placeholder.Date] = RequestMessages.FormatDate(new DateOnly(2026, 12, 4), language),
        [Placeholder.Note] = "Our crew will come on Tuesday morning.",
        [Placeholder.Council] = "Thameside Borough Council",
        [Placeholder.ContactPhone] = "020 7946 0101",
        [Placeholder.ContactEmail] = "waste@thameside.example",
        [Placeholder.FeedbackLink] = "https://www.thameside.example/requests/K7MQPX9Y/feedback",
        [Placeholder.Link] = "https://www.thameside.example/account/confirm?code=example",
    };

    public static Result Check(string @event, string language, string channel) =>
        !NotificationEvent.All.Contains(@event) ? Error.NotFound("There is no such message")
        : !DefaultTemplates.Languages.Contains(language) ? Error.NotFound("FrontDoor has no templates in that language")
        : !MessageChannel.All.Contains(channel) ? Error.NotFound("There is no such channel")
        : Result.Success();

    public static Preview Show(Command command)
    {
        var values = Example(command.Language);
        return new Preview(
            TemplateRenderer.Render(command.Subject, values),
            TemplateRenderer.Render(command.Body, values),
            Readability.Check(command.Body, command.Language),
            TemplateRenderer.Problems(command.Event, command.Channel, command.Subject, command.Body));
    }

    public sealed class Handler(FrontDoorDb db, IConfiguration configuration, TimeProvider time)
    {
        public async Task<TemplateStore.Wording> Current(string @event, string language, string channel, CancellationToken cancellationToken = default) =>
            await TemplateStore.Find(db, (await Council(cancellationToken)).Id, @event, language, channel, cancellationToken);

        public async Task<Result<Preview>> Save(Command command, CancellationToken cancellationToken = default)
        {
            var valid = Check(command.Event, command.Language, command.Channel);
            if (!valid.Succeeded)
            {
                return valid.Error!;
            }

            var preview = Show(command);
            if (preview.Problems.Count > 0)
            {
                return new Error(preview.Problems[0], "body");
            }

            var council = await Council(cancellationToken);
            var saved = await db.Set<MessageTemplate>().FirstOrDefaultAsync(t => t.CouncilId == council.Id && t.Event == command.Event
                && t.Language == command.Language && t.Channel == command.Channel, cancellationToken);
            if (saved is null)
            {
                saved = new MessageTemplate { CouncilId = council.Id, Event = command.Event, Language = command.Language, Channel = command.Channel };
                db.Add(saved);
            }

            saved.Subject = command.Channel == MessageChannel.Sms ? "" : command.Subject.Trim();
            saved.Body = command.Body.Trim();
            saved.NotifyTemplateId = string.IsNullOrWhiteSpace(command.NotifyTemplateId) ? null : command.NotifyTemplateId.Trim();
            saved.UpdatedUtc = time.GetUtcNow().UtcDateTime;
            saved.UpdatedBy = command.EditedBy;
            await db.SaveChangesAsync(cancellationToken);
            return preview;
        }

        private Task<Council> Council(CancellationToken cancellationToken)
        {
            var code = configuration["Council:Code"] ?? "thameside";
            return db.Set<Council>().AsNoTracking().FirstAsync(c => c.Code == code, cancellationToken);
        }
    }
}
