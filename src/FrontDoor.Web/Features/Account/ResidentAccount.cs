using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Account;

/// <summary>
/// A resident's sign-in (ASP.NET Core Identity), linked to their <see cref="Customers.Customer"/> record, which holds the
/// details they tell us once. The user name is the account id, so neither the cookie nor any log carries the email.
/// Resident accounts have their own tables, apart from staff accounts.
/// </summary>
public sealed class ResidentAccount : IdentityUser<Guid>
{
    public ResidentAccount()
    {
        Id = Guid.CreateVersion7();
        UserName = Id.ToString();
    }

    public Guid CouncilId { get; init; }

    public Guid CustomerId { get; init; }

    public DateTime CreatedUtc { get; init; }
}

public sealed class ResidentClaim : IdentityUserClaim<Guid>;

public sealed class ResidentLogin : IdentityUserLogin<Guid>;

public sealed class ResidentToken : IdentityUserToken<Guid>;

internal sealed class ResidentAccountMapping : IEntityTypeConfiguration<ResidentAccount>
{
    public void Configure(EntityTypeBuilder<ResidentAccount> builder)
    {
        builder.ToTable("ResidentAccounts");
        builder.HasIndex(a => a.NormalizedUserName).IsUnique();
        builder.HasIndex(a => a.NormalizedEmail);
        builder.HasIndex(a => a.CustomerId).IsUnique();
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.NormalizedUserName).HasMaxLength(256);
        builder.Property(a => a.Email).HasMaxLength(320);
        builder.Property(a => a.NormalizedEmail).HasMaxLength(320);
        builder.Property(a => a.PhoneNumber).HasMaxLength(32);
        builder.HasMany<ResidentClaim>().WithOne().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ResidentLogin>().WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ResidentToken>().WithOne().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResidentClaimMapping : IEntityTypeConfiguration<ResidentClaim>
{
    public void Configure(EntityTypeBuilder<ResidentClaim> builder)
    {
        builder.ToTable("ResidentAccountClaims");
        builder.HasKey(c => c.Id);
    }
}

internal sealed class ResidentLoginMapping : IEntityTypeConfiguration<ResidentLogin>
{
    public void Configure(EntityTypeBuilder<ResidentLogin> builder)
    {
        builder.ToTable("ResidentAccountLogins");
        builder.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        builder.Property(l => l.LoginProvider).HasMaxLength(128);
        builder.Property(l => l.ProviderKey).HasMaxLength(128);
    }
}

internal sealed class ResidentTokenMapping : IEntityTypeConfiguration<ResidentToken>
{
    public void Configure(EntityTypeBuilder<ResidentToken> builder)
    {
        builder.ToTable("ResidentAccountTokens");
        builder.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        builder.Property(t => t.LoginProvider).HasMaxLength(128);
        builder.Property(t => t.Name).HasMaxLength(128);
    }
}
