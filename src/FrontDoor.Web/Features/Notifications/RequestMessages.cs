using System.Globalization;
using System.Text.Json;
using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Notifications.Templates;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// Writes the message about a request for one event: to the resident on their channel, in their language, naming the
/// reference, service, officer (or team), what happens next and the date. Adds it to the context; the caller's save
/// commits it with the change that caused it.
/// </summary>
public sealed class RequestMessages(NotificationsOptions options)
{
    public async Task<OutboxMessage?> Compose(
        FrontDoorDb db, ServiceRequest request, string @event, string? note, string idempotencyKey, DateTime nowUtc,
        CancellationToken cancellationToken = default)
    {
        var customer = request.CustomerId is { } customerId
            ? db.Set<Customer>().Local.FirstOrDefault(c => c.Id == customerId)
                ?? await db.Set<Customer>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            : null;
        var recipient = Recipients.For(request, customer, options.SmsAvailable);
        if (recipient is null)
        {
            return null;
        }

        var service = await db.Set<Service>().AsNoTracking().Include(s => s.Team)
            .FirstAsync(s => s.Id == request.ServiceId, cancellationToken);
        var team = request.TeamId == service.TeamId
            ? service.Team
            : await db.Set<Team>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TeamId, cancellationToken);
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Id == request.CouncilId, cancellationToken);

        var values = Values(request, service, team, council, @event, note, recipient);
        var wording = await TemplateStore.Find(db, council.Id, @event, recipient.Language, recipient.Channel, cancellationToken);
        var message = new OutboxMessage
        {
            CouncilId = council.Id,
            RequestId = request.Id,
            Event = @event,
            Channel = recipient.Channel,
            Language = recipient.Language,
            Recipient = recipient.Address,
            RecipientName = recipient.Name,
            Subject = TemplateRenderer.Render(wording.Subject, values),
            Body = TemplateRenderer.Render(wording.Body, values),
            Personalisation = JsonSerializer.Serialize(values),
            IdempotencyKey = idempotencyKey,
            CreatedUtc = nowUtc,
            NextAttemptUtc = nowUtc,
        };
        db.Add(message);
        return message;
    }

    private Dictionary<string, string> Values(
        ServiceRequest request, Service service, Team? team, Council council, string @event, string? note, Recipient recipient)
    {
        var closed = @event == NotificationEvent.RequestClosed && request.ClosedUtc is not null;
        var date = closed ? LondonTime.DateOf(request.ClosedUtc!.Value) : request.ResolveClock.DueDate;
        return new Dictionary<string, string>
        {
            [Placeholder.Name] = recipient.Name ?? NoName(recipient.Language),
            [Placeholder.Reference] = RequestReference.Parse(request.Reference) is { Succeeded: true } parsed ? parsed.Value.Display : request.Reference,
            [Placeholder.Service] = service.Name,
            [Placeholder.Officer] = request.OfficerName ?? team?.Name ?? "",
            [Placeholder.WhatHappensNext] = closed ? AfterClosing(recipient.Language, council.ReopenWindowWorkingDays) : service.WhatHappensNext,
            [Placeholder.Date] = FormatDate(date, recipient.Language),
            [Placeholder.Note] = note ?? "",
            [Placeholder.Council] = council.Name,
            [Placeholder.ContactPhone] = team?.Phone is { Length: > 0 } phone ? phone : council.Phone,
            [Placeholder.ContactEmail] = team?.Email is { Length: > 0 } email ? email : council.Email,
            [Placeholder.FeedbackLink] = $"{options.PublicBaseUrl.TrimEnd('/')}/requests/{request.Reference}/feedback",
        };
    }

    /// <summary>"Friday 4 December 2026", with day and month names in the resident's language.</summary>
    public static string FormatDate(DateOnly date, string language) =>
        date.ToString("dddd d MMMM yyyy", CultureFor(language));

    public static CultureInfo CultureFor(string language) => language switch
    {
        "bn" => CultureInfo.GetCultureInfo("bn-BD"),
        "so" => CultureInfo.GetCultureInfo("so-SO"),
        _ => CultureInfo.GetCultureInfo("en-GB"),
    };

    private static string NoName(string language) => language switch
    {
        "bn" => "বাসিন্দা",
        "so" => "Deggane",
        _ => "resident",
    };

    private static string AfterClosing(string language, int reopenDays) => language switch
    {
        "bn" => $"আপনাকে কিছু করতে হবে না। কাজ ঠিকমতো না হলে {reopenDays} কার্যদিবসের মধ্যে আমাদের জানান, আমরা অনুরোধটি আবার খুলব।",
        "so" => $"Waxba looma baahna. Haddii shaqada aan la qabsan, noo sheeg {reopenDays} maalmood oo shaqo gudahood, waanu dib u furi doonaa.",
        _ => $"Nothing else is needed from you. If the work has not been done, tell us within {reopenDays} working days and we will reopen your request.",
    };
}
