namespace FrontDoor.Web.Infrastructure.Database;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For SQLite, defaults to a file in <c>./data/frontdoor.db</c>. For PostgreSQL, an Npgsql connection string such as
    /// <c>Host=db;Database=frontdoor;Username=frontdoor;Password=...</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
