using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Staff;

/// <summary>
/// A named officer or advisor. Requests are assigned to staff members by name, so residents know who is dealing with
/// their request. Sign-in accounts for staff link to this record.
/// </summary>
public sealed class StaffMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public Guid TeamId { get; set; }

    /// <summary>The name residents see, e.g. "Priya Shah".</summary>
    public required string DisplayName { get; set; }

    public required string Email { get; set; }

    /// <summary>advisor, case-officer, team-leader, performance-analyst or administrator.</summary>
    public string Role { get; set; } = "case-officer";

    public bool Active { get; set; } = true;
}

internal sealed class StaffMemberMapping : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.HasIndex(s => new { s.CouncilId, s.Email }).IsUnique();
        builder.HasIndex(s => s.TeamId);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.Role).HasMaxLength(32);
    }
}
