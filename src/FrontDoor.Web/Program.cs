using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Catalogue.Search;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Demo;
using FrontDoor.Web.Features.Health;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Api;
using FrontDoor.Web.Features.Requests.Portal;
using FrontDoor.Web.Features.Contacts;
using FrontDoor.Web.Features.Customers.Workspace;
using FrontDoor.Web.Features.Requests.Workspace;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Auth;
using FrontDoor.Web.Infrastructure.Commands;
using FrontDoor.Web.Infrastructure.Database;
using FrontDoor.Web.Infrastructure.Startup;
using FrontDoor.Web.Infrastructure.Web;

// An admin command (migrate, seed, generate, due, holidays, link) runs and exits without starting the server.
var command = AdminCommands.IsCommand(args) ? args : null;
var builder = WebApplication.CreateBuilder(command is null ? args : []);
if (command is not null)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);

    // A failed command surfaces as an exception with its own message; EF's log of the first-run check for the
    // migrations table is noise to someone running an admin command.
    builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddFrontDoorDatabase(builder.Configuration);
builder.Services.AddCalendar();
builder.Services.AddCatalogue();
builder.Services.AddRequests();
builder.Services.AddDemo();
builder.Services.AddOpen311();
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddFrontDoorHealth();
builder.Services.AddFrontDoorAuth();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<CurrentCouncil>();
builder.Services.AddSingleton<ServiceFinder>();
builder.Services.AddLanguages();
builder.Services.AddResidentAccounts();
builder.Services.AddResidentJourneys();
builder.Services.AddResidentRateLimits(builder.Configuration);
builder.Services.AddAntiforgery(o => o.Cookie.Name = "frontdoor-antiforgery");
builder.Services.AddStaff(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddCustomersWorkspace();
builder.Services.AddContacts();
builder.Services.AddRequestsWorkspace();
builder.Services.AddStaticAssetCompression();
builder.Services.AddExceptionHandler<MachineErrors>();
builder.Services.AddRazorPages(o =>
{
    o.RootDirectory = "/Features";
    o.RequireStaffInWorkspaceFolders();
});

var app = builder.Build();
if (command is not null)
{
    return await AdminCommands.Run(app.Services, command, Console.Out, Console.Error);
}

try
{
    await app.PrepareDatabase();
}
catch (UnrecognisedDatabaseException problem)
{
    await Console.Error.WriteLineAsync(problem.Message);
    return 1;
}

await app.PrepareStaffWorkspace();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseFriendlyStatusPages();
app.UseStaticAssetCompression();
app.UseStaticFiles();
app.UseLanguages();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapFrontDoorHealth();
app.MapNotifications();
app.MapRazorPages();
app.MapOpen311();
app.AnnounceUrls();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
