using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// The signature on every delivery: header <c>X-FrontDoor-Signature: t=UNIX_SECONDS,v1=HEX</c> where HEX is
/// HMAC-SHA256 with the subscription's secret over <c>UNIX_SECONDS + "." + body</c>. Signing the time too lets a
/// receiver refuse an old delivery replayed later (docs/api.md says how to check it).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-FrontDoor-Signature";

    public static string Sign(string secret, long unixSeconds, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}"));
        return $"t={unixSeconds},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>What a receiver does: recompute and compare in constant time, within a tolerance for clock skew.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !long.TryParse(t, out var seconds) || !parts.TryGetValue("v1", out var given))
        {
            return false;
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Sign(secret, seconds, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes($"t={t},v1={given}"));
    }

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
