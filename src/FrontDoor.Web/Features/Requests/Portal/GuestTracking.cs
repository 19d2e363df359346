using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>Issues and resolves guests' tracking links (see <see cref="GuestTrackingLink"/>).</summary>
public sealed class GuestTracking(FrontDoorDb db, TimeProvider time, IResidentEmails emails)
{
    /// <summary>A new link for the request; emailed to the guest when they gave an address. Returns the raw token.</summary>
    public async Task<string> Issue(SubmitRequest.Submitted submitted, string? email, HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = SecretToken.New();
        var councilId = await db.Set<ServiceRequest>().Where(r => r.Id == submitted.Id).Select(r => r.CouncilId).FirstAsync(cancellationToken);
        db.Add(new GuestTrackingLink
        {
            CouncilId = councilId,
            RequestId = submitted.Id,
            TokenHash = SecretToken.Hash(token),
            CreatedUtc = now,
            ExpiresUtc = now + GuestTrackingLink.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(email))
        {
            var display = FrontDoor.Domain.References.RequestReference.Parse(submitted.Reference).Value.Display;
            await emails.SendGuestTrackingLink(email, display, submitted.DueDate, UrlFor(http, token),
                System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken);
        }

        return token;
    }

    /// <summary>The request a link opens, or null if the token is unknown or expired.</summary>
    public async Task<Guid?> RequestFor(string? token, CancellationToken cancellationToken)
    {
        if (!SecretToken.LooksValid(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Set<GuestTrackingLink>().AsNoTracking()
            .Where(l => l.TokenHash == hash && l.ExpiresUtc > now)
            .Select(l => (Guid?)l.RequestId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public static string UrlFor(HttpContext http, string token) => $"{http.Request.Scheme}://{http.Request.Host}/track/{token}";
}
