using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Web.Features.Catalogue.Search;

/// <summary>
/// The catalogue index of each council, built from the database on first use and kept in memory for a few minutes:
/// a catalogue is small (tens to a thousand services) and changes rarely, and every home, A–Z and search page reads it.
/// Whatever changes the catalogue calls <see cref="Invalidate"/> so the change shows at once on this instance; other
/// instances catch up within the lifetime.
/// </summary>
public sealed class ServiceFinder(IServiceScopeFactory scopes, IMemoryCache cache, CurrentCouncil council)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<CatalogueIndex> IndexAsync(CancellationToken cancellationToken = default)
    {
        var key = CacheKey(council.Code);
        if (cache.TryGetValue(key, out CatalogueIndex? index) && index is not null)
        {
            return index;
        }

        index = new CatalogueIndex(await LoadNeeds(cancellationToken));
        cache.Set(key, index, Lifetime);
        return index;
    }

    public void Invalidate(string councilCode) => cache.Remove(CacheKey(councilCode));

    private async Task<IReadOnlyList<NeedEntry>> LoadNeeds(CancellationToken cancellationToken)
    {
        var profile = await council.FindAsync(cancellationToken);
        if (profile is null)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var rows = await db.Set<Service>().AsNoTracking()
            .Where(s => s.CouncilId == profile.Id && s.Active)
            .Select(s => new
            {
                s.Code, s.Name, s.Summary, s.Keywords, NeedCode = s.Need!.Code, NeedName = s.Need.Name, NeedSummary = s.Need.Summary,
                NeedOrder = s.Need.Order, s.Timescales,
            })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.NeedCode, r.NeedName, r.NeedSummary, r.NeedOrder))
            .OrderBy(g => g.Key.NeedOrder)
            .Select(g => new NeedEntry(g.Key.NeedCode, g.Key.NeedName, g.Key.NeedSummary, g
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => new ServiceEntry(r.Code, r.Name, r.Summary, r.Keywords, r.NeedCode, r.NeedName, WebDays(r.Timescales)))
                .ToList()))
            .ToList();
    }

    private static int WebDays(List<ServiceTimescale> timescales) =>
        (timescales.FirstOrDefault(t => t.Channel == Requests.Channel.Web)
         ?? timescales.FirstOrDefault(t => t.Channel == ServiceTimescale.AnyChannel))?.ResolveWorkingDays
        ?? Domain.Clocks.ClockPolicy.CharterRespond.TargetWorkingDays;

    private static string CacheKey(string councilCode) => "catalogue-index:" + councilCode;
}
