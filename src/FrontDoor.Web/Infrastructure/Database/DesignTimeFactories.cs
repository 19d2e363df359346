using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontDoor.Web.Infrastructure.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFrontDoorDb>
{
    public SqliteFrontDoorDb CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteFrontDoorDb>();
        DatabaseRegistration.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteFrontDoorDb(builder.Options);
    }
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFrontDoorDb>
{
    public PostgresFrontDoorDb CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresFrontDoorDb>();
        DatabaseRegistration.ConfigurePostgres(builder, "Host=localhost;Database=frontdoor_design");
        return new PostgresFrontDoorDb(builder.Options);
    }
}
