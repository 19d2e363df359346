using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Infrastructure.Database;

/// <summary>
/// The one database context. Each feature maps its own entities with an <see cref="IEntityTypeConfiguration{TEntity}"/>
/// beside the entity, picked up from this assembly, so adding a feature does not touch this file.
/// Two subclasses exist only so that each provider keeps its own migration set (ADR 0003).
/// </summary>
public abstract class FrontDoorDb(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FrontDoorDb).Assembly);

        // Keys are Guid v7 made in code, so that an entity added to a tracked parent's collection is inserted, not
        // mistaken for an existing row to update.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            if (entity.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC DateTime everywhere (SQLite cannot compare DateTimeOffset on the server).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Optimistic concurrency that works the same on SQLite and PostgreSQL: every save of a versioned row bumps its
    /// version, and the UPDATE only matches the version that was read, so a second, stale save fails (ADR 0004).
    /// </summary>
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}

/// <summary>A row that two people may edit at once; its version is the concurrency token.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

public sealed class SqliteFrontDoorDb(DbContextOptions<SqliteFrontDoorDb> options) : FrontDoorDb(options);

public sealed class PostgresFrontDoorDb(DbContextOptions<PostgresFrontDoorDb> options) : FrontDoorDb(options);
