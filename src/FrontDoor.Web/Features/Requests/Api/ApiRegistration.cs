using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Features.Requests.Api.Json;
using FrontDoor.Web.Features.Requests.Api.Open311;
using FrontDoor.Web.Features.Webhooks;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>
/// The open interfaces: Open311 GeoReport v2 (with FixMyStreet's extension) at /open311/v2, the JSON API at /api/v1
/// with its OpenAPI document at /openapi and reference at /api-docs, API keys and webhooks.
/// </summary>
public static class ApiRegistration
{
    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddApiClients();
        services.AddWebhooks();
        services.AddSingleton<ServiceDirectory>();
        services.AddSingleton<ApiSubmissionStamp>();
        services.ConfigureDbContext<Infrastructure.Database.SqliteFrontDoorDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ApiSubmissionStamp>()));
        services.ConfigureDbContext<Infrastructure.Database.PostgresFrontDoorDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ApiSubmissionStamp>()));
        services.AddSingleton<Jurisdictions>();
        services.AddScoped<PostServiceRequest.Handler>();
        services.AddScoped<ServiceRequestUpdates.PostHandler>();
        services.AddJsonApi();
        services.AddRateLimiter(o => o.AddPolicy<string, Open311ReadLimits>(Open311ReadLimits.Policy));
        return services;
    }

    public static WebApplication MapOpen311(this WebApplication app)
    {
        Open311Endpoints.Map(app);
        app.MapJsonApi();
        return app;
    }
}
