using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// Open311 reads need no key (the specification makes them public), so they are limited per client address instead:
/// <c>ApiClients:ReadsPerMinutePerAddress</c> (300 unless configured), enough for FixMyStreet polling and public apps,
/// while one address cannot keep the server busy with 1,000-row pages. A refused read is answered like any other
/// Open311 error, in the format asked for, with <c>Retry-After</c>. Posts are limited per API key instead
/// (<see cref="ApiClients.ApiRateLimits"/>).
/// </summary>
public sealed class Open311ReadLimits(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Policy = "open311-reads";

    public const int DefaultPerMinute = 300;

    private readonly int perMinute = configuration.GetValue("ApiClients:ReadsPerMinutePerAddress", DefaultPerMinute);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        var format = http.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true ? "json" : "xml";
        http.Response.Headers.RetryAfter = "60";
        await Open311Http.Error(format, StatusCodes.Status429TooManyRequests,
            "Too many requests from this address. Wait a minute and try again, or ask the council for an API key").ExecuteAsync(http);
    };
}
