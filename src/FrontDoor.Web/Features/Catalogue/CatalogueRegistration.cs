using FrontDoor.Web.Features.Catalogue.Seed;

namespace FrontDoor.Web.Features.Catalogue;

public static class CatalogueRegistration
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddScoped<ImportCatalogue.Handler>();
        services.AddSingleton<CatalogueCache>();
        return services;
    }
}
