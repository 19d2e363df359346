using System.Collections.Concurrent;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>
/// Open311's jurisdiction_id is a council's code. It may be left out when FrontDoor serves one council: then the
/// configured <c>Council:Code</c> is meant.
/// </summary>
public sealed class Jurisdictions(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, Guid> known = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, string> codes = new();

    public string? Default => configuration["Council:Code"];

    /// <summary>The council's id, or null when there is no council with that code.</summary>
    public async Task<Guid?> Find(FrontDoorDb db, string code, CancellationToken cancellationToken = default)
    {
        if (known.TryGetValue(code, out var id))
        {
            return id;
        }

        var found = await db.Set<Council>().AsNoTracking().Where(c => c.Code == code).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (found is { } councilId)
        {
            known[code] = councilId;
            codes[councilId] = code;
        }

        return found;
    }

    public async Task<string> CodeOf(FrontDoorDb db, Guid councilId, CancellationToken cancellationToken = default)
    {
        if (codes.TryGetValue(councilId, out var code))
        {
            return code;
        }

        code = await db.Set<Council>().AsNoTracking().Where(c => c.Id == councilId).Select(c => c.Code).FirstAsync(cancellationToken);
        codes[councilId] = code;
        return code;
    }
}
