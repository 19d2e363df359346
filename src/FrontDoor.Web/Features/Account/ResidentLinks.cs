using System.Globalization;

namespace FrontDoor.Web.Features.Account;

/// <summary>Builds the absolute links emails carry: an account id and a one-use token, nothing else.</summary>
public static class ResidentLinks
{
    public static string Absolute(HttpContext http, string pathAndQuery) => $"{http.Request.Scheme}://{http.Request.Host}{pathAndQuery}";

    public static string ConfirmEmail(HttpContext http, Guid accountId, string token) =>
        Absolute(http, $"/account/confirm-email?account={accountId}&code={Uri.EscapeDataString(token)}");

    public static string ResetPassword(HttpContext http, Guid accountId, string token) =>
        Absolute(http, $"/account/reset-password?account={accountId}&code={Uri.EscapeDataString(token)}");

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Only a path on this site, so sign-in cannot be used to send people elsewhere.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] is not '/' and not '\\' ? url : "/account";
}
