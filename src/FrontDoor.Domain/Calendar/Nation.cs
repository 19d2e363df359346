namespace FrontDoor.Domain.Calendar;

/// <summary>
/// A UK nation as GOV.UK's bank-holidays feed divides them. A council's nation decides its bank holidays.
/// </summary>
public sealed record Nation
{
    public static readonly Nation EnglandAndWales = new("england-and-wales", "England and Wales");
    public static readonly Nation Scotland = new("scotland", "Scotland");
    public static readonly Nation NorthernIreland = new("northern-ireland", "Northern Ireland");

    public static IReadOnlyList<Nation> All { get; } = [EnglandAndWales, Scotland, NorthernIreland];

    private Nation(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>The division name used by GOV.UK's feed, e.g. <c>england-and-wales</c>.</summary>
    public string Code { get; }

    public string Name { get; }

    public static bool TryParse(string? code, out Nation nation)
    {
        nation = All.FirstOrDefault(n => string.Equals(n.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return nation is not null;
    }

    public static Nation Parse(string code) =>
        TryParse(code, out var nation)
            ? nation
            : throw new ArgumentException(
                $"'{code}' is not a nation. Use england-and-wales, scotland or northern-ireland.", nameof(code));

    public override string ToString() => Code;
}
