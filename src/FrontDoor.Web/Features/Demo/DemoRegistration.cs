namespace FrontDoor.Web.Features.Demo;

public static class DemoRegistration
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<SeedDemoCouncil.Handler>();
        return services;
    }
}
