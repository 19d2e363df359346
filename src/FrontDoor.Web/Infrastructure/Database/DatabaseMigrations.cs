using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FrontDoor.Web.Infrastructure.Database;

/// <summary>
/// Brings the database up to this version's schema, after checking that it was built by this version's migrations.
/// A database migrated by another layout (a newer FrontDoor, or the pre-release layout replaced on 2026-11-22) would
/// otherwise fail half-way with "table already exists"; it is refused before anything is changed, in plain words.
/// </summary>
public static class DatabaseMigrations
{
    public static async Task<IReadOnlyList<string>> MigrateAsync(FrontDoorDb db, CancellationToken cancellationToken = default)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (!await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken))
        {
            // A new database: nothing to check, and no point asking for a history table that is not there yet.
            await db.Database.MigrateAsync(cancellationToken);
            return known.Order(StringComparer.Ordinal).ToList();
        }

        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new UnrecognisedDatabaseException(Describe(db), unknown);
        }

        var pending = known.Except(applied).Order(StringComparer.Ordinal).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }

    private static string Describe(FrontDoorDb db) =>
        db is SqliteFrontDoorDb
            ? $"The SQLite file {Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource)}"
            : "The PostgreSQL database";
}

/// <summary>The database records migrations this version of FrontDoor does not have; nothing was changed.</summary>
public sealed class UnrecognisedDatabaseException(string database, IReadOnlyList<string> unknownMigrations) : Exception(
    $"{database} was set up by a different version of FrontDoor: it records {unknownMigrations.Count} migration(s) this version does not " +
    $"know ({string.Join(", ", unknownMigrations.Take(5))}{(unknownMigrations.Count > 5 ? ", ..." : "")}). Nothing was changed. " +
    "Run the FrontDoor version that created it, or, if it holds only demo data, move the file aside (or point " +
    "Database:ConnectionString at a new database) and start again to create a fresh one.")
{
    public IReadOnlyList<string> UnknownMigrations { get; } = unknownMigrations;
}
