using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Calendar;

/// <summary>
/// The bank holidays an administrator has loaded, merged over the years already known and kept in the database,
/// so that a newer GOV.UK file (which only keeps about four years) never loses the years before it.
/// </summary>
public sealed class StoredBankHolidays
{
    public const string SingletonKey = "bank-holidays";

    public string Key { get; init; } = SingletonKey;

    /// <summary>The whole merged set in GOV.UK's bank-holidays.json shape.</summary>
    public required string Json { get; set; }

    public DateTime LoadedUtc { get; set; }

    public string LoadedBy { get; set; } = "";
}

internal sealed class StoredBankHolidaysMapping : IEntityTypeConfiguration<StoredBankHolidays>
{
    public void Configure(EntityTypeBuilder<StoredBankHolidays> builder)
    {
        builder.ToTable("BankHolidays");
        builder.HasKey(b => b.Key);
        builder.Property(b => b.Key).HasMaxLength(32);
    }
}
