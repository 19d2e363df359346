namespace FrontDoor.Linkage.Model;

/// <summary>
/// The fields compared and, for each, its levels of agreement from strongest to weakest. Level 0 always means
/// "missing on one side or both" and weighs nothing either way. The model learns how likely each level is for the
/// same person (m) and for two different people (u); a level's weight is log2(m / u).
/// </summary>
public static class Comparisons
{
    public const int FirstName = 0;
    public const int LastName = 1;
    public const int MiddleName = 2;
    public const int DateOfBirth = 3;
    public const int Address = 4;
    public const int Town = 5;
    public const int Phone = 6;
    public const int Email = 7;
    public const int NiNumber = 8;
    public const int Count = 9;

    /// <summary>Field names as CSV column stems and in staff pages.</summary>
    public static readonly string[] Names =
    [
        "first_name", "last_name", "middle_name", "date_of_birth", "address", "town", "phone", "email", "ni_number",
    ];

    /// <summary>Plain names of the fields for people.</summary>
    public static readonly string[] Titles =
    [
        "First name", "Last name", "Middle name", "Date of birth", "Address (with postcode and UPRN)", "Town", "Phone", "Email", "NI number",
    ];

    /// <summary>
    /// Per field, the level names; index 0 is "missing", the last is "different". The address, postcode and UPRN are
    /// one comparison on purpose: people in one household share all three, so weighing them as three independent
    /// agreements would count one fact (they live together) three times and link husband to wife.
    /// </summary>
    public static readonly string[][] Levels =
    [
        ["missing", "same", "nickname or other spelling", "very similar", "initial only", "swapped with another name", "similar", "different"],
        ["missing", "same", "other spelling", "very similar", "part of a double name", "swapped with first name", "similar", "different"],
        ["missing", "same", "initial or similar", "different"],
        ["missing", "same", "day and month swapped", "one part different", "different"],
        ["missing", "same property", "same street and number", "same postcode", "same street or postcode one character out", "same postcode sector or district", "different"],
        ["missing", "same", "similar", "different"],
        ["missing", "same mobile", "same other number", "one digit different", "different"],
        ["missing", "same", "same before the @", "one character different", "different"],
        ["missing", "same", "one character different", "different"],
    ];

    /// <summary>Number of levels per field, counting "missing".</summary>
    public static int LevelCount(int field) => Levels[field].Length;

    /// <summary>The "different" level of each field (always the last).</summary>
    public static int Different(int field) => Levels[field].Length - 1;
}
