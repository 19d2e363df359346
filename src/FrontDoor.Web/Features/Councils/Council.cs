using FrontDoor.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Councils;

/// <summary>
/// A council using FrontDoor. Everything that differs between councils is data here or in rows that carry its id
/// (services, timescales, templates), never a branch in code. Every council-owned table carries <c>CouncilId</c>
/// so the schema can be distributed by council (e.g. Citus) for a national shared service.
/// </summary>
public sealed class Council
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Short stable code, e.g. <c>thameside</c>; also the Open311 jurisdiction id.</summary>
    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>GOV.UK bank-holiday division: <c>england-and-wales</c>, <c>scotland</c> or <c>northern-ireland</c>.</summary>
    public required string NationCode { get; set; }

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public string Address { get; set; } = "";

    public string OpeningHours { get; set; } = "";

    /// <summary>How long after closure a resident may say the work was not done and reopen the request.</summary>
    public int ReopenWindowWorkingDays { get; set; } = 20;

    public Nation Nation => Nation.Parse(NationCode);
}

internal sealed class CouncilMapping : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.NationCode).HasMaxLength(32);
        builder.Ignore(c => c.Nation);
    }
}
