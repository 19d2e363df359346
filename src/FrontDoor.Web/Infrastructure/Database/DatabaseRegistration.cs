using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Web.Infrastructure.Database;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="FrontDoorDb"/> for the configured provider.</summary>
    public static IServiceCollection AddFrontDoorDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!options.IsPostgres && !string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{options.Provider}'. Set it to Sqlite (the embedded default) or Postgres.");
        }

        services.AddSingleton(options);
        if (options.IsPostgres)
        {
            var connection = options.ConnectionString
                ?? throw new InvalidOperationException("Database:Provider is Postgres, so set Database:ConnectionString to an Npgsql connection string.");
            services.AddDbContextPool<PostgresFrontDoorDb>((sp, o) => ConfigurePostgres(o, connection).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<FrontDoorDb>(sp => sp.GetRequiredService<PostgresFrontDoorDb>());
        }
        else
        {
            var connection = SqliteConnectionString(options.ConnectionString);
            services.AddDbContextPool<SqliteFrontDoorDb>((sp, o) => ConfigureSqlite(o, connection).AddInterceptors(sp.GetServices<IInterceptor>()));
            services.AddScoped<FrontDoorDb>(sp => sp.GetRequiredService<SqliteFrontDoorDb>());
        }

        return services;
    }

    /// <summary>
    /// Features that must act in the same transaction as any change (the notifications outbox, webhooks) register an
    /// EF Core <see cref="IInterceptor"/> in DI; every context picks them up here.
    /// </summary>
    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(PostgresConnectionString(connectionString), o => o.MigrationsHistoryTable("__migrations").MaxBatchSize(PostgresFrontDoorDb.MaxBatchSize));

    /// <summary>
    /// The PostgreSQL connection string with FrontDoor's defaults for what the operator did not set (ADR 0007):
    /// statements used five times are prepared on the server (Max Auto Prepare), so PostgreSQL stops parsing and
    /// planning the same INSERTs and look-ups for every request; and a pooled connection is not reset when it goes
    /// back to the pool (No Reset On Close), because FrontDoor never changes session settings.
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = configured };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__migrations"));

    /// <summary>The SQLite connection string, creating the data folder for the default file.</summary>
    public static string SqliteConnectionString(string? configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/frontdoor.db");
        if (builder.DataSource is { Length: > 0 } file && builder.Mode != SqliteOpenMode.Memory && file != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
