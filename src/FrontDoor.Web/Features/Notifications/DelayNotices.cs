using FrontDoor.Domain.Calendar;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// The charter's promise to "tell you before then that it will take longer and when you will hear". Staff see the
/// requests that will miss their date unless someone acts (<see cref="NeedingNewDate"/>); extending one with a reason
/// tells the resident the new date (through the history row it writes). If nobody acts, the sweep tells the resident
/// on the due date that the request is late and whom to contact: once per due date, however many instances run it.
/// </summary>
public sealed class DelayNotices(FrontDoorDb db, CouncilCalendar calendar, RequestMessages messages, NotificationsOptions options, TimeProvider time)
{
    /// <summary>Requests are listed for a new date this many working days before they are due.</summary>
    public const int WarnWithinWorkingDays = 2;

    public sealed record Due(string Reference, string Service, string DealtWithBy, DateOnly DueDate, bool LateNoticeSent);

    public async Task<List<Due>> NeedingNewDate(CancellationToken cancellationToken = default)
    {
        var council = await db.Set<Council>().AsNoTracking().FirstAsync(cancellationToken);
        var clock = calendar.ClockFor(council);
        var until = clock.Calendar.AddWorkingDays(clock.Nation, clock.Today, WarnWithinWorkingDays);
        var limit = until.Succeeded ? until.Value : clock.Today;
        var rows = await Running()
            .Where(r => r.ResolveClock.DueDate <= limit)
            .OrderBy(r => r.ResolveClock.DueDate)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                Service = r.Service!.Name,
                r.OfficerName,
                r.TeamId,
                r.ResolveClock.DueDate,
            })
            .Take(500)
            .ToListAsync(cancellationToken);
        var teams = await db.Set<Catalogue.Team>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var keys = rows.Select(r => LateKey(r.Id, r.DueDate)).ToList();
        var told = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => keys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey)
            .ToListAsync(cancellationToken)).ToHashSet();
        return rows.Select(r => new Due(
                FrontDoor.Domain.References.RequestReference.Parse(r.Reference).Value.Display, r.Service,
                r.OfficerName ?? teams.GetValueOrDefault(r.TeamId, ""), r.DueDate, told.Contains(LateKey(r.Id, r.DueDate))))
            .ToList();
    }

    /// <summary>Tells the resident of each request that is now late, once per due date. Returns how many were told.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var london = LondonTime.ToLondon(now);
        var today = DateOnly.FromDateTime(london);
        var late = TimeOnly.FromDateTime(london) >= options.DelayNotices.LateAfter ? today : today.AddDays(-1);
        var candidates = await Running().Where(r => r.ResolveClock.DueDate <= late)
            .Select(r => new { r.Id, r.ResolveClock.DueDate }).ToListAsync(cancellationToken);
        var told = 0;
        foreach (var candidate in candidates)
        {
            var key = LateKey(candidate.Id, candidate.DueDate);
            if (await db.Set<OutboxMessage>().AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
            {
                continue;
            }

            var request = await db.Set<ServiceRequest>().AsNoTracking().FirstAsync(r => r.Id == candidate.Id, cancellationToken);
            if (await messages.Compose(db, request, NotificationEvent.RequestLate, null, key, now, cancellationToken) is null)
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                told++;
            }
            catch (DbUpdateException)
            {
                // Another instance told them a moment ago: the unique idempotency key kept it to one message.
                db.ChangeTracker.Clear();
            }
        }

        return told;
    }

    private IQueryable<ServiceRequest> Running() =>
        db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.Status != RequestStatus.Closed && r.ResolveClock.PausedSinceUtc == null && r.ResolveClock.StoppedUtc == null);

    public static string LateKey(Guid requestId, DateOnly dueDate) => $"late:{requestId:N}:{dueDate:yyyyMMdd}";
}

/// <summary>Runs the delay-notice sweep every few minutes (Notifications:DelayNotices:Enabled, PollMinutes).</summary>
public sealed class DelayNoticeLoop(IServiceScopeFactory scopes, NotificationsOptions options, ILogger<DelayNoticeLoop> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var told = await scope.ServiceProvider.GetRequiredService<DelayNotices>().SweepAsync(stoppingToken);
                if (told > 0)
                {
                    log.LogInformation("Told {Count} residents that their request is late", told);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The delay-notice sweep failed; trying again at the next poll");
            }

            await Task.Delay(TimeSpan.FromMinutes(options.DelayNotices.PollMinutes), stoppingToken);
        }
    }
}
