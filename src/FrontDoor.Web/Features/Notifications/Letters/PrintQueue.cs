using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications.Letters;

/// <summary>Letters waiting to be printed and posted; rendering them as one PDF; marking them printed.</summary>
public sealed class PrintQueue(FrontDoorDb db, TimeProvider time, PdfLetterWriter writer)
{
    public sealed record WaitingLetter(Guid Id, string Event, string Subject, DateTime CreatedUtc);

    public Task<List<WaitingLetter>> Waiting(CancellationToken cancellationToken = default) =>
        db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.AwaitingPrint)
            .OrderBy(m => m.CreatedUtc)
            .Select(m => new WaitingLetter(m.Id, m.Event, m.Subject, m.CreatedUtc))
            .ToListAsync(cancellationToken);

    /// <summary>The letters as one PDF, each starting on a new page; all waiting letters when no ids are given.</summary>
    public async Task<byte[]> Pdf(IReadOnlyCollection<Guid>? ids = null, CancellationToken cancellationToken = default)
    {
        var query = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Channel == MessageChannel.Letter);
        query = ids is { Count: > 0 } ? query.Where(m => ids.Contains(m.Id)) : query.Where(m => m.Status == OutboxStatus.AwaitingPrint);
        var messages = await query.OrderBy(m => m.CreatedUtc).ToListAsync(cancellationToken);
        var councils = await db.Set<Council>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        return writer.Write(messages.Select(m => ToLetter(m, councils.GetValueOrDefault(m.CouncilId))));
    }

    public static Letter ToLetter(OutboxMessage message, Council? council)
    {
        var from = council is null
            ? []
            : new[] { council.Name }.Concat(council.Address.Split(", ")).Append(council.Phone).Append(council.Email)
                .Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var date = RequestMessages.FormatDate(FrontDoor.Domain.Calendar.LondonTime.DateOf(message.CreatedUtc), message.Language);
        return new Letter(from, message.Recipient.Split('\n'), date, message.Subject, message.Body);
    }

    public async Task<int> MarkPrinted(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Set<OutboxMessage>()
            .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.AwaitingPrint)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentUtc, now), cancellationToken);
    }
}
