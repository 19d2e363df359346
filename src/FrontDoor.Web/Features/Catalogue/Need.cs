using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Catalogue;

/// <summary>
/// A resident need that groups services ("Bins, recycling and rubbish"), so residents find services by what they
/// need rather than by which department provides them.
/// </summary>
public sealed class Need
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public string Summary { get; set; } = "";

    public int Order { get; set; }

    public List<Service> Services { get; init; } = [];
}

internal sealed class NeedMapping : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> builder)
    {
        builder.HasIndex(n => new { n.CouncilId, n.Code }).IsUnique();
        builder.Property(n => n.Code).HasMaxLength(64);
        builder.Property(n => n.Name).HasMaxLength(200);
    }
}
