using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Demo;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Infrastructure.Startup;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations (Database:MigrateOnStartup, default true), loads the calendar, and seeds the demo council
    /// when Demo:Seed is true (the default in Development).
    /// </summary>
    public static async Task PrepareDatabase(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await DatabaseMigrations.MigrateAsync(db);
        }

        await scope.ServiceProvider.GetRequiredService<CouncilCalendar>().RefreshAsync(db);
        if (app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment()))
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoCouncil.Handler>()
                .Seed(app.Configuration.GetValue("Demo:HistoryRequests", SeedDemoCouncil.DefaultHistory));
            if (seeded.RequestsAdded > 0)
            {
                app.Logger.LogInformation("Seeded the demo council with {Count} requests of history in {Seconds:N1} s",
                    seeded.RequestsAdded, seeded.Took.TotalSeconds);
            }
        }
    }

    /// <summary>Prints where FrontDoor is listening, once it is.</summary>
    public static void AnnounceUrls(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"FrontDoor is running at {url}");
            }
        });
    }
}
