using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Features.Audit;

public static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<IInterceptor, AuditTrail>();
        services.AddScoped<AuditLog>();
        return services;
    }
}
