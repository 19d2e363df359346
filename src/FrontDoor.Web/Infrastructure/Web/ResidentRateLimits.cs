using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Web.Infrastructure.Web;

/// <summary>
/// Slows password guessing, account and reset spam, and guessing of tracking links: a fixed window per client address
/// for each sensitive action. Only the posts are limited (and every tracking-link view), so reading a form is never blocked.
/// Limits come from configuration (<c>RateLimits:PerMinute</c>) so tests can lower them.
/// </summary>
public static class ResidentRateLimits
{
    private static readonly (string Prefix, bool PostsOnly)[] Limited =
    [
        ("/account/sign-in", true),
        ("/account/register", true),
        ("/account/forgot-password", true),
        ("/account/reset-password", true),
        ("/track", false),
    ];

    public static IServiceCollection AddResidentRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:PerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path.Value ?? "";
                var rule = Limited.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.OrdinalIgnoreCase)
                    && (!r.PostsOnly || HttpMethods.IsPost(context.Request.Method)));
                if (rule.Prefix is null)
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(rule.Prefix + "|" + client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
