using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FrontDoor.Web.Infrastructure.Email;

/// <summary>
/// A GOV.UK Notify API key, <c>{key name}-{service id}-{secret key}</c> (both ids 36 characters), and the token made
/// from it for each request: a JWT signed with HS256, whose <c>iss</c> is the service id and <c>iat</c> the time now
/// in seconds. Notify refuses a token more than 30 seconds old, so one is made per request.
/// </summary>
public sealed record NotifyApiKey(string ServiceId, string SecretKey)
{
    private const int IdLength = 36;

    public static NotifyApiKey Parse(string apiKey)
    {
        if (apiKey.Length < (2 * IdLength) + 1)
        {
            throw new InvalidOperationException("Notify:ApiKey is not a GOV.UK Notify API key (name-serviceid-secret).");
        }

        return new NotifyApiKey(apiKey[^((2 * IdLength) + 1)..^(IdLength + 1)], apiKey[^IdLength..]);
    }

    public string Token(DateTimeOffset now)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { typ = "JWT", alg = "HS256" }));
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = ServiceId, iat = now.ToUnixTimeSeconds() }));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), Encoding.ASCII.GetBytes($"{header}.{claims}")));
        return $"{header}.{claims}.{signature}";
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
