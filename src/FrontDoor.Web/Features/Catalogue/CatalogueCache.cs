using System.Collections.Concurrent;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Catalogue;

/// <summary>
/// Each council's catalogue (services with their questions, timescales and team) read once a minute rather than on every
/// request: the catalogue changes a few times a year, requests arrive several a second. Importing a catalogue clears it
/// at once on this instance; other instances see the change within <see cref="CacheFor"/>. The cached entities are
/// detached and must be treated as read-only.
/// </summary>
public sealed class CatalogueCache(TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> councils = new(StringComparer.Ordinal);

    public sealed record Entry(Council Council, IReadOnlyDictionary<string, Service> Services, DateTime Until);

    /// <summary>The council and its active services, or null when there is no council with that code.</summary>
    public async Task<Entry?> For(FrontDoorDb db, string councilCode, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (councils.TryGetValue(councilCode, out var cached) && cached.Until > now)
        {
            return cached;
        }

        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == councilCode, cancellationToken);
        if (council is null)
        {
            return null;
        }

        var services = await db.Set<Service>().AsNoTracking()
            .Include(s => s.Questions).Include(s => s.Timescales).Include(s => s.Team)
            .Where(s => s.CouncilId == council.Id && s.Active)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var entry = new Entry(council, services.ToDictionary(s => s.Code, StringComparer.Ordinal), now + CacheFor);
        councils[councilCode] = entry;
        return entry;
    }

    public void Clear() => councils.Clear();
}
