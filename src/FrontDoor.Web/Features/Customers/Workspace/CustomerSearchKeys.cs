using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// Indexed, normalised copies of a customer's name, email, postcode and address, kept as EF shadow columns so that
/// finding a customer is an index range scan on 100,000 records rather than a scan of every row. They are shadow
/// columns (not properties of <see cref="Customer"/>) because only search reads them; <see cref="Refresh"/> writes them
/// on every save of a customer, whoever saves it. Phone numbers are already stored normalised and indexed.
/// </summary>
public sealed class CustomerSearchKeys : SaveChangesInterceptor
{
    public const string LastName = "SearchLastName";
    public const string FirstName = "SearchFirstName";
    public const string LastNameSound = "SearchLastNameSound";
    public const string Email = "SearchEmail";
    public const string Postcode = "SearchPostcode";
    public const string Address = "SearchAddress";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refresh(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<Customer>().Where(e => e.State is EntityState.Added or EntityState.Modified) ?? [])
        {
            var customer = entry.Entity;
            Set(entry, LastName, Cap(SearchText.Letters(customer.LastName), 100));
            Set(entry, FirstName, Cap(SearchText.Letters(customer.FirstName), 100));
            Set(entry, LastNameSound, SearchText.Soundex(customer.LastName));
            Set(entry, Email, customer.Email is null ? null : Cap(customer.Email.Trim().ToLowerInvariant(), 320));
            Set(entry, Postcode, customer.Postcode is null ? null : Cap(SearchText.Postcode(customer.Postcode), 10));
            Set(entry, Address, customer.AddressLine is null ? null : Cap(SearchText.Words(customer.AddressLine), 200));
        }
    }

    private static void Set(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Customer> entry, string name, string? value)
    {
        var property = entry.Property(name);
        if (!Equals(property.CurrentValue, value))
        {
            property.CurrentValue = value;
        }
    }

    private static string Cap(string text, int length) => text.Length <= length ? text : text[..length];
}

internal sealed class CustomerSearchKeysMapping : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property<string>(CustomerSearchKeys.LastName).HasMaxLength(100).HasDefaultValue("");
        builder.Property<string>(CustomerSearchKeys.FirstName).HasMaxLength(100).HasDefaultValue("");
        builder.Property<string>(CustomerSearchKeys.LastNameSound).HasMaxLength(4).HasDefaultValue("");
        builder.Property<string?>(CustomerSearchKeys.Email).HasMaxLength(320);
        builder.Property<string?>(CustomerSearchKeys.Postcode).HasMaxLength(10);
        builder.Property<string?>(CustomerSearchKeys.Address).HasMaxLength(200);
        builder.HasIndex("CouncilId", CustomerSearchKeys.LastName, CustomerSearchKeys.FirstName);
        builder.HasIndex("CouncilId", CustomerSearchKeys.LastNameSound, CustomerSearchKeys.FirstName);
        builder.HasIndex("CouncilId", CustomerSearchKeys.FirstName);
        builder.HasIndex("CouncilId", CustomerSearchKeys.Email);
        builder.HasIndex("CouncilId", CustomerSearchKeys.Postcode);
        builder.HasIndex("CouncilId", CustomerSearchKeys.Address);
    }
}
