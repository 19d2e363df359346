namespace FrontDoor.Linkage.Records;

/// <summary>
/// One record from one source in the standard layout (docs/single-customer-view.md). Every field but the source and
/// its id may be missing. Text is kept as the source gave it; <see cref="Encoding.EncodedRecords"/> normalises it.
/// </summary>
public sealed record PersonRecord(string Source, string SourceId)
{
    public string? FirstName { get; init; }

    public string? MiddleName { get; init; }

    public string? LastName { get; init; }

    public BirthDate? DateOfBirth { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public string? Uprn { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? NiNumber { get; init; }
}
