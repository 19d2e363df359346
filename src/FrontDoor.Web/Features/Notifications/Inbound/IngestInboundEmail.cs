using FrontDoor.Web.Features.Contacts;
using System.Text.RegularExpressions;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using FrontDoor.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FrontDoor.Web.Features.Notifications.Inbound;

/// <summary>Configuration section <c>Notifications:Inbound</c>.</summary>
public sealed class InboundOptions
{
    /// <summary>The catalogue service new enquiries are opened under, for triage.</summary>
    public string TriageServiceCode { get; set; } = "ask-a-question";

    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxAttachments { get; set; } = 10;

    public string[] AllowedAttachmentTypes { get; set; } =
    [
        "application/pdf", "image/jpeg", "image/png", "image/gif", "image/heic", "text/plain",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    ];

    /// <summary>More emails than this from one address in an hour are kept but not answered (a loop with another robot).</summary>
    public int MaxPerSenderPerHour { get; set; } = 5;
}

/// <summary>
/// One email from the shared mailbox: a valid reference in the subject or body adds it to that request as the
/// resident's message (and they are told it arrived); otherwise it opens a new request in the triage queue, whose
/// acknowledgement carries the new reference. Automatic replies, bounces and loops are kept and never answered.
/// </summary>
public sealed partial class IngestInboundEmail(
    FrontDoorDb db,
    SubmitRequest.Handler submit,
    RequestChanges changes,
    RequestMessages messages,
    InboundOptions options,
    EmailOptions email,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<IngestInboundEmail> log)
{
    [GeneratedRegex(@"(?<![A-Z0-9])([2-9A-HJ-NP-TV-Z]{3})[- ]?([2-9A-HJ-NP-TV-Z]{3})[- ]?([2-9A-HJ-NP-TV-Z]{3})(?![A-Z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLike();

    [GeneratedRegex(@"([0-9a-f]{32})@")]
    private static partial Regex OwnMessageId();

    public async Task<InboundEmail> Handle(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var code = configuration["Council:Code"] ?? "thameside";
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Code == code, cancellationToken);
        var messageId = message.MessageId is { Length: > 0 } id ? id : $"no-id-{Hash(message)}";
        var existing = await db.Set<InboundEmail>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.CouncilId == council.Id && e.MessageId == messageId, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = message.From.Mailboxes.FirstOrDefault();
        var body = (message.TextBody ?? StripHtml(message.HtmlBody) ?? "").Trim();
        var inbound = new InboundEmail
        {
            CouncilId = council.Id,
            MessageId = messageId,
            FromAddress = from?.Address ?? "",
            FromName = string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name,
            Subject = Cut(message.Subject ?? "", 500),
            Body = Cut(body, 20_000),
            ReceivedUtc = now,
            Kind = InboundKind.NotProcessed,
        };
        inbound.Attachments.AddRange(Attachments(message, inbound.Id));
        db.Add(inbound);

        var ownAddress = MailboxAddress.TryParse(email.Smtp.From, out var own) ? own.Address : "";
        if (InboundClassifier.Unanswerable(message, ownAddress) is { } kind)
        {
            inbound.Kind = kind;
            if (kind == InboundKind.Bounce)
            {
                await MarkBounced(message, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return inbound;
        }

        var hourAgo = now.AddHours(-1);
        var recent = await db.Set<InboundEmail>().CountAsync(e => e.FromAddress == inbound.FromAddress && e.ReceivedUtc > hourAgo, cancellationToken);
        if (recent >= options.MaxPerSenderPerHour)
        {
            inbound.Kind = InboundKind.RateLimited;
            inbound.Note = $"More than {options.MaxPerSenderPerHour} emails from this sender in an hour: kept, not answered";
            await db.SaveChangesAsync(cancellationToken);
            return inbound;
        }

        var reference = await FindReference(council.Id, inbound.Subject + "\n" + body, cancellationToken);
        var customer = await db.Set<Customer>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.CouncilId == council.Id && c.Email == inbound.FromAddress, cancellationToken);
        var actor = Actor.Resident(customer?.Id, inbound.FromName ?? "Resident");
        if (reference is not null)
        {
            return await AddToRequest(inbound, reference.Value, body, actor, cancellationToken);
        }

        return await OpenRequest(inbound, council.Code, body, customer, actor, cancellationToken);
    }

    private async Task<InboundEmail> AddToRequest(InboundEmail inbound, (Guid Id, string Value) reference, string body, Actor actor, CancellationToken cancellationToken)
    {
        inbound.Kind = InboundKind.Reply;
        inbound.RequestId = reference.Id;
        var text = Cut(string.IsNullOrWhiteSpace(body) ? inbound.Subject : body, 4000);
        var added = await changes.Apply(reference.Value, null, async (request, _, clock) =>
        {
            var result = request.AddResidentMessage(text, actor, clock);
            if (result.Succeeded)
            {
                db.Add(EmailContact(request.CouncilId, clock.NowUtc, actor.Id, request.ServiceId, request.Id, ContactOutcome.PassedToTeam));
                await messages.Compose(db, request, NotificationEvent.MessageReceived, null, $"inbound:{inbound.Id:N}", clock.NowUtc, cancellationToken);
            }

            return result;
        }, cancellationToken);
        if (!added.Succeeded)
        {
            inbound.Kind = InboundKind.NotProcessed;
            inbound.Note = added.Error!.Message;
            if (db.Entry(inbound).State == EntityState.Detached)
            {
                db.Add(inbound);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return inbound;
    }

    private async Task<InboundEmail> OpenRequest(InboundEmail inbound, string councilCode, string body, Customer? customer, Actor actor, CancellationToken cancellationToken)
    {
        inbound.Kind = InboundKind.NewRequest;
        var details = Cut(string.IsNullOrWhiteSpace(body) ? inbound.Subject : body, 4000);
        var submitted = await submit.Handle(new SubmitRequest.Command
        {
            CouncilCode = councilCode,
            ServiceCode = options.TriageServiceCode,
            Channel = Channel.Email,
            Description = Cut(string.IsNullOrWhiteSpace(inbound.Subject) ? "Email" : inbound.Subject, 4000),
            Answers = new Dictionary<string, string?[]> { ["type"] = ["question"], ["details"] = [string.IsNullOrWhiteSpace(details) ? "(no text)" : details] },
            CustomerId = customer?.Id,
            ReporterName = inbound.FromName,
            ReporterEmail = inbound.FromAddress,
            Actor = actor,
        }, cancellationToken);
        if (submitted.Succeeded)
        {
            inbound.RequestId = submitted.Value.Id;
            db.Add(EmailContact(inbound.CouncilId, inbound.ReceivedUtc, customer?.Id, null, submitted.Value.Id, ContactOutcome.RequestRaised));
        }
        else
        {
            inbound.Kind = InboundKind.NotProcessed;
            inbound.Note = submitted.Error!.Message;
            log.LogWarning("An inbound email could not open a request: {Reason}", submitted.Error.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return inbound;
    }

    /// <summary>
    /// Every email read from the shared mailbox is a contact on the email channel, like a call an advisor logs, so the
    /// single customer view and the failure-demand figures count it. Value demand until someone reclassifies it.
    /// </summary>
    private static Contact EmailContact(Guid councilId, DateTime atUtc, Guid? customerId, Guid? serviceId, Guid requestId, string outcome) => new()
    {
        CouncilId = councilId,
        AtUtc = atUtc,
        Channel = Channel.Email,
        Who = customerId is null ? ContactWho.New : ContactWho.Known,
        CustomerId = customerId,
        ServiceId = serviceId,
        RequestId = requestId,
        Outcome = outcome,
        DemandType = FailureDemand.Value,
        Notes = "Email to the shared mailbox",
        StaffName = "Shared mailbox",
    };

    /// <summary>The first reference-shaped text whose check character is right and that names a request of this council.</summary>
    private async Task<(Guid Id, string Value)?> FindReference(Guid councilId, string text, CancellationToken cancellationToken)
    {
        foreach (Match match in ReferenceLike().Matches(text))
        {
            var parsed = RequestReference.Parse(match.Value);
            if (!parsed.Succeeded)
            {
                continue;
            }

            var value = parsed.Value.Value;
            var id = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.Reference == value && r.CouncilId == councilId)
                .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is { } found)
            {
                return (found, value);
            }
        }

        return null;
    }

    private List<InboundAttachment> Attachments(MimeMessage message, Guid inboundId)
    {
        var list = new List<InboundAttachment>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            using var stream = new MemoryStream();
            part.Content?.DecodeTo(stream);
            var type = part.ContentType.MimeType.ToLowerInvariant();
            var name = Cut(part.FileName ?? "attachment", 255);
            var refused = list.Count(a => a.Content is not null) >= options.MaxAttachments ? $"More than {options.MaxAttachments} files"
                : stream.Length > options.MaxAttachmentBytes ? $"Larger than {options.MaxAttachmentBytes / (1024 * 1024)} MB"
                : !options.AllowedAttachmentTypes.Contains(type) ? $"Files of type {type} are not accepted"
                : null;
            list.Add(new InboundAttachment
            {
                InboundEmailId = inboundId,
                FileName = name,
                ContentType = type,
                SizeBytes = stream.Length,
                Content = refused is null ? stream.ToArray() : null,
                RefusedBecause = refused,
            });
        }

        return list;
    }

    /// <summary>A bounce quotes the Message-ID FrontDoor gave the email: that message failed.</summary>
    private async Task MarkBounced(MimeMessage bounce, CancellationToken cancellationToken)
    {
        using var text = new MemoryStream();
        await bounce.WriteToAsync(text, cancellationToken);
        var ids = OwnMessageId().Matches(System.Text.Encoding.UTF8.GetString(text.ToArray()))
            .Select(m => Guid.TryParseExact(m.Groups[1].Value, "N", out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).Distinct().ToList();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var sent in await db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id) && m.Channel == MessageChannel.Email).ToListAsync(cancellationToken))
        {
            sent.Status = OutboxStatus.Failed;
            sent.FailedUtc = now;
            sent.FailureReason = "The email bounced: the address may be wrong or the mailbox full. Check the resident's email address";
        }
    }

    private static string? StripHtml(string? html) =>
        html is null ? null : System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    private static string Hash(MimeMessage message) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{message.From}|{message.Date:O}|{message.Subject}|{message.TextBody}")))[..32];
}
