using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>Finds and starts the draft behind the journey cookie.</summary>
public sealed class JourneyStore(FrontDoorDb db, TimeProvider time, CurrentCouncil council)
{
    public const string CookieName = "frontdoor-journey";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async Task<JourneyDraft> Start(HttpContext http, string serviceCode, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = SecretToken.New();
        var profile = await council.GetAsync(cancellationToken);
        var draft = new JourneyDraft
        {
            CouncilId = profile.Id,
            TokenHash = SecretToken.Hash(token),
            ServiceCode = serviceCode,
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        };
        db.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = Lifetime,
        });
        return draft;
    }

    /// <summary>This browser's unexpired draft, optionally only if it is for the given service.</summary>
    public async Task<JourneyDraft?> Current(HttpContext http, string? serviceCode = null, CancellationToken cancellationToken = default)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var token) || !SecretToken.LooksValid(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        var now = time.GetUtcNow().UtcDateTime;
        var draft = await db.Set<JourneyDraft>().FirstOrDefaultAsync(d => d.TokenHash == hash && d.ExpiresUtc > now, cancellationToken);
        return draft is not null && (serviceCode is null || draft.ServiceCode == serviceCode) ? draft : null;
    }

    public Task Save(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);
}
