using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDoor.Web.Tests.Infrastructure.Database;

/// <summary>Both migration sets must describe the current model: a change to an entity without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_are_not_behind_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "The SQLite migrations are behind the model. Run: dotnet ef migrations add <Name> --context SqliteFrontDoorDb --output-dir Infrastructure/Database/Migrations/Sqlite");
    }

    [Fact]
    public void Postgres_migrations_are_not_behind_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "The PostgreSQL migrations are behind the model. Run: dotnet ef migrations add <Name> --context PostgresFrontDoorDb --output-dir Infrastructure/Database/Migrations/Postgres");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrations_apply_to_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var db = await database.MigratedContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    /// <summary>The team queue's partial index is written in SQL outside the model; a later migration must not lose it.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_open_queue_index_survives_every_migration(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var db = await database.MigratedContext();

        var definition = await db.Database.SqlQueryRaw<string>(provider == DatabaseProvider.Sqlite
            ? """SELECT "sql" AS "Value" FROM sqlite_master WHERE type = 'index' AND name = 'IX_Requests_OpenQueue'"""
            : """SELECT indexdef AS "Value" FROM pg_indexes WHERE indexname = 'IX_Requests_OpenQueue'""").SingleOrDefaultAsync();

        Assert.NotNull(definition);
        Assert.Contains("closed", definition);
    }
}

public sealed class DatabaseMigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrating_an_up_to_date_database_applies_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var db = database.NewContext();

        var first = await DatabaseMigrations.MigrateAsync(db);
        var second = await DatabaseMigrations.MigrateAsync(db);

        Assert.Equal(db.Database.GetMigrations(), first);
        Assert.Empty(second);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_database_set_up_by_another_version_is_refused_in_plain_words_and_left_unchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.Create(provider);
        await using var db = await database.MigratedContext();
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "__migrations" ("MigrationId", "ProductVersion") VALUES ('20260101000000_SomethingNewer', '10.0.14')""");
        var before = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        var refused = await Assert.ThrowsAsync<UnrecognisedDatabaseException>(() => DatabaseMigrations.MigrateAsync(db));

        Assert.Equal(["20260101000000_SomethingNewer"], refused.UnknownMigrations);
        Assert.Contains("was set up by a different version of FrontDoor", refused.Message);
        Assert.Contains("20260101000000_SomethingNewer", refused.Message);
        Assert.Contains("Nothing was changed", refused.Message);
        Assert.Equal(before, await db.Database.GetAppliedMigrationsAsync());
    }
}
