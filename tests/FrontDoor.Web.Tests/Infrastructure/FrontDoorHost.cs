using FrontDoor.Web.Features.Demo;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Web.Tests.Infrastructure;

/// <summary>
/// FrontDoor started for real in the test host on a real database (SQLite or PostgreSQL), with the demo catalogue
/// loaded (no generated history unless asked), and a clock the test controls.
/// </summary>
public sealed class FrontDoorHost(
    TestDatabase database, int historyRequests = 0, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Monday 23 November 2026, 10:00 London (GMT), unless a test moves it.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.ProviderName);
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:HistoryRequests", historyRequests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(registered =>
        {
            registered.RemoveAll<TimeProvider>();
            registered.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(registered);
        });
    }

    /// <summary>Runs code with a scope of the app's services (a DbContext, handlers).</summary>
    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScope(Func<IServiceProvider, Task> work) => InScope(async sp =>
    {
        await work(sp);
        return true;
    });

    public T Handler<T>(IServiceProvider scope)
        where T : notnull => scope.GetRequiredService<T>();

    public static FrontDoorDb Db(IServiceProvider scope) => scope.GetRequiredService<FrontDoorDb>();
}
