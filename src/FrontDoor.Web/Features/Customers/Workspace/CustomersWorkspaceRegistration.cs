using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Features.Customers.Workspace;

public static class CustomersWorkspaceRegistration
{
    public static IServiceCollection AddCustomersWorkspace(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, CustomerSearchKeys>();
        services.AddScoped<FindCustomers.Handler>();
        services.AddScoped<ICustomerSection, CustomerRequestsSection>();
        services.AddScoped<ICustomerSection, CustomerMessagesSection>();
        services.AddScoped<ICustomerSection, CustomerFeedbackSection>();
        return services;
    }
}
