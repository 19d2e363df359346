using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>
/// Remembers, between the password page and the code page, which account has given the right password — in a
/// short-lived encrypted cookie, so nobody can skip the password step by guessing an account id.
/// </summary>
public sealed class PendingSignIn(IDataProtectionProvider protection)
{
    private const string CookieName = "frontdoor-staff-pending";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("FrontDoor.Staff.PendingSignIn").ToTimeLimitedDataProtector();

    public void Start(HttpContext http, Guid accountId, StaffSignIn.Next next) =>
        http.Response.Cookies.Append(CookieName, protector.Protect($"{accountId}|{next}", Lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/staff/sign-in",
            MaxAge = Lifetime,
        });

    /// <summary>The account waiting at this step, or null when the cookie is missing, expired or for another step.</summary>
    public Guid? Read(HttpContext http, StaffSignIn.Next next)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(value).Split('|');
            return parts.Length == 2 && parts[1] == next.ToString() && Guid.TryParse(parts[0], out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public void End(HttpContext http) => http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/staff/sign-in" });
}
