using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>How keys are made and compared: 32 random bytes, shown once; only their SHA-256 hash is stored.</summary>
public static class ApiKeys
{
    public const int DefaultRequestsPerMinute = 600;

    /// <summary>The key that works for the demo council in the Development environment only (README).</summary>
    public const string DemoKey = "demo-open311-key";

    /// <summary>A new key: "fd_" and 43 URL-safe characters (256 bits).</summary>
    public static string NewKey() => "fd_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256 is enough for a key with 256 bits of entropy (no dictionary to attack), and cheap enough to check on
    /// every call; a slow password hash would be needed only for keys people choose.
    /// </summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Prefix(string key) => key.Length <= 8 ? key : key[..8];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
