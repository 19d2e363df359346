namespace FrontDoor.Web.Features.Requests;

public static class RequestsRegistration
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceSource>();
        services.AddScoped<RequestChanges>();
        services.AddScoped<SubmitRequest.Handler>();
        services.AddScoped<ChangeRequestStatus.Handler>();
        services.AddScoped<CloseRequest.Handler>();
        services.AddScoped<ReopenRequest.Handler>();
        services.AddScoped<AssignOfficer.Handler>();
        services.AddScoped<AddRequestUpdate.Handler>();
        services.AddScoped<ExtendRequest.Handler>();
        return services;
    }
}
