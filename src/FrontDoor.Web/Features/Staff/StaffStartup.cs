using FrontDoor.Web.Features.Requests.Workspace;

namespace FrontDoor.Web.Features.Staff;

public static class StaffStartup
{
    /// <summary>
    /// With the demo council seeded: the standard responses, and — in Development and Testing only — the demo staff
    /// accounts. Runs after the database is prepared.
    /// </summary>
    public static async Task PrepareStaffWorkspace(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment()))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var council = app.Configuration["Council:Code"] ?? "thameside";
        await scope.ServiceProvider.GetRequiredService<SeedResponseTemplates>().Seed(council);
        if (DemoStaffAccounts.Allowed(app.Environment))
        {
            await scope.ServiceProvider.GetRequiredService<DemoStaffAccounts>().Seed(council);
        }
    }
}
