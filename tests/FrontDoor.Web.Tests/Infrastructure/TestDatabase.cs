using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Web.Tests.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A throw-away database for one test class: a SQLite file in the temp folder, or a fresh database on the PostgreSQL
/// server that scripts/test starts (FRONTDOOR_TEST_POSTGRES). PostgreSQL tests never skip: without the server they fail
/// and say how to run them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFile;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string ProviderName => Provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite";

    public static async Task<TestDatabase> Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"frontdoor-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file}", file, null, null);
        }

        var admin = PostgresServer;
        var name = $"frontdoor_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 50 };
        return new TestDatabase(provider, builder.ToString(), null, admin, name);
    }

    /// <summary>The server scripts/test starts; a clear failure when it is missing.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("FRONTDOOR_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "FRONTDOOR_TEST_POSTGRES is not set, so the PostgreSQL tests cannot run. Run the tests with scripts/test, " +
                "which installs and starts a throw-away PostgreSQL, or set FRONTDOOR_TEST_POSTGRES to an Npgsql connection string " +
                "for a server where this user may create databases.");

    /// <summary>A context on this database with migrations applied.</summary>
    public async Task<FrontDoorDb> MigratedContext()
    {
        var db = NewContext();
        await db.Database.MigrateAsync();
        return db;
    }

    public FrontDoorDb NewContext()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresFrontDoorDb>();
            DatabaseRegistration.ConfigurePostgres(builder, ConnectionString);
            return new PostgresFrontDoorDb(builder.Options);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteFrontDoorDb>();
        DatabaseRegistration.ConfigureSqlite(sqlite, ConnectionString);
        return new SqliteFrontDoorDb(sqlite.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        if (postgresAdmin is not null && postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
