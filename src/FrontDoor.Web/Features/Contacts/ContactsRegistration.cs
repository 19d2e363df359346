using FrontDoor.Web.Features.Contacts.Workspace;
using FrontDoor.Web.Features.Customers.Workspace;

namespace FrontDoor.Web.Features.Contacts;

public static class ContactsRegistration
{
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddScoped<LogContact.Handler>();
        services.AddScoped<OpenRequests>();
        services.AddScoped<ICustomerSection, CustomerContactsSection>();
        return services;
    }
}
