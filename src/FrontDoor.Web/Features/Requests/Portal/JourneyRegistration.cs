namespace FrontDoor.Web.Features.Requests.Portal;

public static class JourneyRegistration
{
    public static IServiceCollection AddResidentJourneys(this IServiceCollection services)
    {
        services.AddScoped<JourneyStore>();
        services.AddScoped<GuestTracking>();
        return services;
    }
}
