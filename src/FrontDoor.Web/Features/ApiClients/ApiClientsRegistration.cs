namespace FrontDoor.Web.Features.ApiClients;

public static class ApiClientsRegistration
{
    public static IServiceCollection AddApiClients(this IServiceCollection services)
    {
        services.AddSingleton<ApiClientDirectory>();
        services.AddSingleton<ApiRateLimits>();
        services.AddScoped<IssueApiKey.Handler>();
        services.AddScoped<RevokeApiKey.Handler>();
        services.AddHostedService<DemoApiKey>();
        return services;
    }
}
