namespace FrontDoor.Web.Features.Calendar;

public static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CouncilCalendar>();
        services.AddScoped<LoadBankHolidays.Handler>();
        return services;
    }
}
