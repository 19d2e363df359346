using FrontDoor.Domain.Calendar;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Web.Features.Councils;

/// <summary>The council this site serves (configuration <c>Council:Code</c>), as every page's header and footer need it.</summary>
public sealed record CouncilProfile(
    Guid Id, string Code, string Name, Nation Nation, string Phone, string Email, string Address, string OpeningHours, int ReopenWindowWorkingDays);

/// <summary>
/// Reads the configured council once a minute at most: every page shows its name and contact details, so it must not
/// cost a query per request.
/// </summary>
public sealed class CurrentCouncil(IServiceScopeFactory scopes, IMemoryCache cache, IConfiguration configuration)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public string Code => configuration["Council:Code"] ?? "thameside";

    /// <summary>The council, or null before the catalogue is loaded.</summary>
    public async Task<CouncilProfile?> FindAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out CouncilProfile? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == Code, cancellationToken);
        var profile = council is null
            ? null
            : new CouncilProfile(council.Id, council.Code, council.Name, council.Nation, council.Phone, council.Email,
                council.Address, council.OpeningHours, council.ReopenWindowWorkingDays);
        if (profile is not null)
        {
            cache.Set(CacheKey, profile, Lifetime);
        }

        return profile;
    }

    public async Task<CouncilProfile> GetAsync(CancellationToken cancellationToken = default) =>
        await FindAsync(cancellationToken) ?? throw new InvalidOperationException($"There is no council with the code '{Code}'. Run the seed or import a catalogue.");

    private string CacheKey => "council:" + Code;
}
