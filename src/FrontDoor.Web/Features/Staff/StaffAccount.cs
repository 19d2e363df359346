using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Staff;

/// <summary>
/// A staff member's sign-in: password hash, lockout and authenticator key, handled by ASP.NET Core Identity's
/// <see cref="UserManager{TUser}"/>. Kept in staff-only tables, apart from residents' accounts, so that no resident
/// credential can ever be mistaken for a staff one. The person (name, team, role) is the linked <see cref="StaffMember"/>.
/// </summary>
public sealed class StaffAccount : IdentityUser<Guid>
{
    public StaffAccount()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid StaffMemberId { get; set; }

    /// <summary>A demo account seeded for trying FrontDoor; refused at sign-in outside Development and Testing.</summary>
    public bool IsDemo { get; set; }
}

public sealed class StaffClaim : IdentityUserClaim<Guid>;

public sealed class StaffLogin : IdentityUserLogin<Guid>;

public sealed class StaffToken : IdentityUserToken<Guid>;

internal sealed class StaffAccountMapping : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> builder)
    {
        builder.ToTable("StaffAccounts");
        builder.HasIndex(a => a.NormalizedUserName).IsUnique();
        builder.HasIndex(a => a.NormalizedEmail);
        builder.HasIndex(a => a.StaffMemberId).IsUnique();
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.NormalizedUserName).HasMaxLength(256);
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(256);
        builder.HasOne<StaffMember>().WithOne().HasForeignKey<StaffAccount>(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<StaffClaim>().WithOne().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<StaffLogin>().WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<StaffToken>().WithOne().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffClaimMapping : IEntityTypeConfiguration<StaffClaim>
{
    public void Configure(EntityTypeBuilder<StaffClaim> builder)
    {
        builder.ToTable("StaffClaims");
        builder.HasKey(c => c.Id);
    }
}

internal sealed class StaffLoginMapping : IEntityTypeConfiguration<StaffLogin>
{
    public void Configure(EntityTypeBuilder<StaffLogin> builder)
    {
        builder.ToTable("StaffLogins");
        builder.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        builder.Property(l => l.LoginProvider).HasMaxLength(128);
        builder.Property(l => l.ProviderKey).HasMaxLength(128);
    }
}

internal sealed class StaffTokenMapping : IEntityTypeConfiguration<StaffToken>
{
    public void Configure(EntityTypeBuilder<StaffToken> builder)
    {
        builder.ToTable("StaffTokens");
        builder.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        builder.Property(t => t.LoginProvider).HasMaxLength(128);
        builder.Property(t => t.Name).HasMaxLength(128);
    }
}
