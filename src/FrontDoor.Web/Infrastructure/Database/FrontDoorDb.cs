using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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
    /// Whether a save failed because it broke the unique index on <typeparamref name="TEntity"/>'s
    /// <paramref name="properties"/> (so the caller can pick another value and save again).
    /// </summary>
    public bool IsUniqueViolation<TEntity>(DbUpdateException exception, params string[] properties)
    {
        var entity = Model.FindEntityType(typeof(TEntity));
        var index = entity?.GetIndexes().FirstOrDefault(i => i.IsUnique && i.Properties.Select(p => p.Name).SequenceEqual(properties));
        if (entity is null || index is null)
        {
            throw new ArgumentException($"{typeof(TEntity).Name} has no unique index on {string.Join(", ", properties)}");
        }

        return exception.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg => pg.ConstraintName == index.GetDatabaseName(),

            // SQLite names the columns, not the index: "UNIQUE constraint failed: Requests.Reference".
            SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message.Contains(
                "UNIQUE constraint failed: " + string.Join(", ", index.Properties.Select(p => $"{entity.GetTableName()}.{p.GetColumnName()}")),
                StringComparison.Ordinal),
            _ => false,
        };
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

public sealed class SqliteFrontDoorDb(DbContextOptions<SqliteFrontDoorDb> options) : FrontDoorDb(options)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    /// <summary>
    /// SQLite lets one writer in at a time, and a writer that finds the file locked is retried by Microsoft.Data.Sqlite
    /// after sleeping 150 ms, so under load saves queued behind each other for up to a second. Saves from this process
    /// to the same file therefore take turns here first, in the order they arrive, and reach SQLite one by one
    /// (ADR 0007). A save inside an explicit transaction is let through: its transaction may already hold the lock.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var writer = WriterFor();
        await writer.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            writer.Release();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (Database.CurrentTransaction is not null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        var writer = WriterFor();
        writer.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            writer.Release();
        }
    }

    private SemaphoreSlim WriterFor() =>
        Writers.GetOrAdd(new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource, _ => new SemaphoreSlim(1, 1));
}

public sealed class PostgresFrontDoorDb(DbContextOptions<PostgresFrontDoorDb> options) : FrontDoorDb(options)
{
    /// <summary>The most rows a save may add and still be sent without BEGIN and COMMIT (well inside one batch).</summary>
    public const int MaxRowsInImplicitTransaction = 200;

    /// <summary>EF Core's batch size on PostgreSQL, set explicitly because the implicit transaction relies on it.</summary>
    public const int MaxBatchSize = 1000;

    /// <summary>
    /// A save that only adds rows (a new request with its history, outbox messages and audit entries) goes to
    /// PostgreSQL as one batch of INSERTs, and PostgreSQL runs a batch sent with a single Sync as one implicit
    /// transaction: every row or none. So such a save is sent without BEGIN and COMMIT, one round trip instead of
    /// two (ADR 0007). Saves that update or delete keep EF's explicit transaction, because a stale UPDATE matches no
    /// row without raising an error, and only a transaction lets EF roll the rest back when it sees that.
    /// The save interceptors (outbox, webhooks, audit, API submissions) only ever add rows, so they keep this true.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null || Database.AutoTransactionBehavior != AutoTransactionBehavior.WhenNeeded || !OnlyAddsFewRows())
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
        }
    }

    private bool OnlyAddsFewRows()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        var added = 0;
        foreach (var entry in ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added when ++added <= MaxRowsInImplicitTransaction:
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                default:
                    return false;
            }
        }

        return added > 0;
    }
}
