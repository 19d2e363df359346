using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDoor.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Web.Tests.Infrastructure.Email;

/// <summary>
/// A local stand-in for GOV.UK Notify's API v2: checks the JWT (HS256, iss = service id, iat within 30 seconds) and the
/// documented request shape, and answers with the documented responses, or with the error status the test asks for.
/// </summary>
public sealed class FakeNotify : IAsyncDisposable
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string SecretKey = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string ApiKey = $"frontdoor_test-{ServiceId}-{SecretKey}";

    private readonly WebApplication app;

    public ConcurrentQueue<JsonObject> Accepted { get; } = new();

    /// <summary>Every POST that reached the server, accepted or not.</summary>
    public ConcurrentQueue<JsonObject> Posted { get; } = new();

    /// <summary>How long to wait before answering a POST (a slow Notify).</summary>
    public TimeSpan AnswerAfter { get; set; } = TimeSpan.Zero;

    /// <summary>The status to answer searches by reference with (200 by default).</summary>
    public int SearchAnswersWith { get; set; } = 200;

    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>The status to answer the next POSTs with (201 by default).</summary>
    public int AnswerWith { get; set; } = 201;

    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public string BaseUrl { get; }

    private FakeNotify(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeNotify> Start()
    {
        var port = SmtpSink.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeNotify(app, $"http://127.0.0.1:{port}");
        app.MapPost("/v2/notifications/{type}", (string type, HttpContext http) => fake.Send(type, http));
        app.MapGet("/v2/notifications", (string? reference, HttpContext http) => fake.Find(reference, http));
        await app.StartAsync();
        return fake;
    }

    private async Task<IResult> Send(string type, HttpContext http)
    {
        if (!Authorised(http))
        {
            return Error(403, "AuthError", "Invalid token: signature, api token not found");
        }

        var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync())!.AsObject();
        Posted.Enqueue(body);
        if (AnswerAfter > TimeSpan.Zero)
        {
            await Task.Delay(AnswerAfter, http.RequestAborted);
        }

        var recipientField = type == "sms" ? "phone_number" : "email_address";
        foreach (var field in new[] { recipientField, "template_id" })
        {
            if (body[field] is null)
            {
                Problems.Enqueue($"missing {field}");
                return Error(400, "ValidationError", $"{field} is a required property");
            }
        }

        if (body["personalisation"] is not JsonObject)
        {
            Problems.Enqueue("personalisation is not an object");
        }

        if (AnswerWith != 201)
        {
            return AnswerWith switch
            {
                400 => Error(400, "BadRequestError", "Can't send to this recipient using a team-only API key"),
                403 => Error(403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds"),
                429 => Error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"),
                _ => Error(500, "Exception", "Internal server error"),
            };
        }

        var id = Guid.NewGuid().ToString();
        body["id"] = id;
        Accepted.Enqueue(body);
        return Results.Json(new
        {
            id,
            reference = body["reference"]?.GetValue<string>(),
            content = type == "sms"
                ? (object)new { body = "text", from_number = "GOVUK" }
                : new { subject = "subject", body = "body", from_email = "council@notifications.service.gov.uk" },
            uri = $"{BaseUrl}/v2/notifications/{id}",
            template = new { id = body["template_id"]!.GetValue<string>(), version = 1, uri = $"{BaseUrl}/v2/template/x" },
        }, statusCode: 201);
    }

    private IResult Find(string? reference, HttpContext http)
    {
        if (!Authorised(http))
        {
            return Error(403, "AuthError", "Invalid token");
        }

        if (SearchAnswersWith != 200)
        {
            return Error(SearchAnswersWith, "Exception", "Internal server error");
        }

        var found = Accepted.Where(a => a["reference"]?.GetValue<string>() == reference)
            .Select(a => new { id = a["id"]!.GetValue<string>(), reference, status = "sending" }).ToList();
        return Results.Json(new { notifications = found, links = new { current = $"{BaseUrl}/v2/notifications" } });
    }

    private bool Authorised(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            Problems.Enqueue("no bearer token");
            return false;
        }

        var parts = header["Bearer ".Length..].Split('.');
        var expected = NotifyApiKey.Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretKey), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}")));
        var head = JsonNode.Parse(Decode(parts[0]))!;
        var claims = JsonNode.Parse(Decode(parts[1]))!;
        var ok = parts.Length == 3 && parts[2] == expected
            && head["alg"]?.GetValue<string>() == "HS256" && head["typ"]?.GetValue<string>() == "JWT"
            && claims["iss"]?.GetValue<string>() == ServiceId
            && Math.Abs(claims["iat"]!.GetValue<long>() - Now.ToUnixTimeSeconds()) <= 30;
        if (!ok)
        {
            Problems.Enqueue($"bad token {head} {claims}");
        }

        return ok;
    }

    private static byte[] Decode(string part)
    {
        var s = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    private static IResult Error(int status, string error, string message) =>
        Results.Json(new { status_code = status, errors = new[] { new { error, message } } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
