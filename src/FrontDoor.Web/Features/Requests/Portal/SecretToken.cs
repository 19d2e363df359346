using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// A random 32-byte secret for a cookie or link, and its SHA-256 hash for storage: a copy of the database cannot be
/// turned back into working links.
/// </summary>
public static class SecretToken
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when the text could be a token (43 base64url characters), so junk never reaches the database.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
