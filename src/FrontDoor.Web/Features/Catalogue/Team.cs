using FrontDoor.Web.Features.Councils;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Catalogue;

/// <summary>A service team that owns requests until a named officer is assigned.</summary>
public sealed class Team
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Council? Council { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";
}

internal sealed class TeamMapping : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.HasIndex(t => new { t.CouncilId, t.Code }).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(200);
    }
}
