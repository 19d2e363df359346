using System.Collections.Concurrent;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>Who is calling: the client a key belongs to, if the key is valid here and now.</summary>
public sealed record CallingClient(Guid Id, Guid CouncilId, string Name, int RequestsPerMinute);

/// <summary>
/// Finds the client for a key. Every API call needs this, so known keys are remembered for a short time; a revoked key
/// is forgotten at once on the instance that revoked it, and on the others once <see cref="CacheFor"/> has passed.
/// Unknown keys are never remembered, so guessing cannot fill memory. The demo key works only in Development.
/// </summary>
public sealed class ApiClientDirectory(IHostEnvironment environment, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (CallingClient Client, DateTime Until)> known = new();

    public async Task<CallingClient?> Find(FrontDoorDb db, string? key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return null;
        }

        var hash = ApiKeys.Hash(key.Trim());
        var now = time.GetUtcNow().UtcDateTime;
        if (known.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            return cached.Client;
        }

        var client = await db.Set<ApiClient>().AsNoTracking()
            .Where(c => c.KeyHash == hash && c.RevokedUtc == null)
            .Select(c => new { c.Id, c.CouncilId, c.Name, c.RequestsPerMinute, c.IsDemo })
            .FirstOrDefaultAsync(cancellationToken);
        if (client is null || (client.IsDemo && !environment.IsDevelopment()))
        {
            known.TryRemove(hash, out _);
            return null;
        }

        var found = new CallingClient(client.Id, client.CouncilId, client.Name, client.RequestsPerMinute);
        known[hash] = (found, now + CacheFor);
        return found;
    }

    public void Forget(string keyHash) => known.TryRemove(keyHash, out _);
}
