namespace FrontDoor.Web.Features.Requests.Workspace;

public static class RequestsWorkspaceRegistration
{
    public static IServiceCollection AddRequestsWorkspace(this IServiceCollection services)
    {
        services.AddScoped<TeamQueue>();
        services.AddScoped<RequestAccess>();
        services.AddScoped<CaseFile>();
        services.AddScoped<SeedResponseTemplates>();
        return services;
    }
}
