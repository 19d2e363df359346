using FrontDoor.Web.Infrastructure.Database;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontDoor.Web.Features.Health;

/// <summary><c>/health</c>: 200 "Healthy" when the database answers, 503 otherwise. No personal data.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddFrontDoorHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication MapFrontDoorHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}

public sealed class DatabaseHealthCheck(FrontDoorDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
