using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>
/// A partner system allowed to use the APIs of one council (FixMyStreet, a back-office system): its name, the SHA-256
/// hash of its key (the key itself is shown once, when issued, and never stored), and its rate limit.
/// </summary>
public sealed class ApiClient
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    /// <summary>Who the client is, e.g. "FixMyStreet"; recorded as the source of the requests it makes.</summary>
    public required string Name { get; init; }

    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public required string KeyHash { get; init; }

    /// <summary>The first characters of the key, so an administrator can tell keys apart without seeing them.</summary>
    public required string KeyPrefix { get; init; }

    /// <summary>How many calls a minute the key may make before it is told to slow down (HTTP 429).</summary>
    public int RequestsPerMinute { get; set; } = ApiKeys.DefaultRequestsPerMinute;

    /// <summary>The development demo key: refused outside the Development environment.</summary>
    public bool IsDemo { get; init; }

    public DateTime IssuedUtc { get; init; }

    public DateTime? RevokedUtc { get; set; }

    public bool IsRevoked => RevokedUtc is not null;
}

internal sealed class ApiClientMapping : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.HasIndex(c => c.KeyHash).IsUnique();
        builder.HasIndex(c => new { c.CouncilId, c.Name });
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.KeyHash).HasMaxLength(64);
        builder.Property(c => c.KeyPrefix).HasMaxLength(16);
        builder.Ignore(c => c.IsRevoked);
    }
}
