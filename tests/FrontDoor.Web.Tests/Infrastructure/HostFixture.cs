namespace FrontDoor.Web.Tests.Infrastructure;

/// <summary>
/// One FrontDoor host per test class, on the database the derived class names. Test classes are written once as an
/// abstract class and run on both providers by two one-line subclasses, e.g.
/// <c>public sealed class OnSqlite() : SubmitRequestTests(DatabaseProvider.Sqlite);</c>.
/// </summary>
public abstract class HostTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;
    private FrontDoorHost? host;

    protected FrontDoorHost Host => host ?? throw new InvalidOperationException("The host starts in InitializeAsync.");

    protected DatabaseProvider Provider => provider;

    /// <summary>How many requests of generated history the demo council starts with.</summary>
    protected virtual int HistoryRequests => 0;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Replaces or adds services before the host starts (a scripted reference source, a counting interceptor).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.Create(provider);
        host = new FrontDoorHost(database, HistoryRequests, Settings, ConfigureServices);
        _ = host.Server; // start it: migrations and the demo catalogue are applied at start-up
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
