using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Customers;

/// <summary>
/// A resident, business or visitor the council deals with: one record across services (tell us once).
/// Personal data: every staff view and change is audited, and nothing here is written to logs.
/// </summary>
public sealed class Customer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>Digits only, in UK national form (e.g. 07700900123), so searches match however it was typed.</summary>
    public string? Phone { get; set; }

    public string? AddressLine { get; set; }

    /// <summary>Upper case with one space, e.g. <c>E14 2BG</c>.</summary>
    public string? Postcode { get; set; }

    /// <summary>BCP 47 code of the language the resident wants messages in: en, bn or so.</summary>
    public string PreferredLanguage { get; set; } = "en";

    /// <summary>email, sms or letter.</summary>
    public string PreferredChannel { get; set; } = "email";

    public string? AccessibilityNeeds { get; set; }

    public DateTime CreatedUtc { get; init; }

    public string FullName => $"{FirstName} {LastName}".Trim();
}

internal sealed class CustomerMapping : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasIndex(c => new { c.CouncilId, c.Email });
        builder.HasIndex(c => new { c.CouncilId, c.Phone });
        builder.HasIndex(c => new { c.CouncilId, c.Postcode });
        builder.HasIndex(c => new { c.CouncilId, c.LastName, c.FirstName });
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.Property(c => c.Postcode).HasMaxLength(10);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(16);
        builder.Property(c => c.PreferredChannel).HasMaxLength(16);
        builder.Ignore(c => c.FullName);
    }
}
