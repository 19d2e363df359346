using FrontDoor.Linkage.Names;
using FrontDoor.Linkage.Records;
using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Encoding;

/// <summary>
/// The records as columns of small whole numbers, which is what makes a million-record run fit in minutes: the
/// comparison loop reads a few arrays by record index, compares ids for exact agreement, and reaches for text only
/// for a similarity score. Built once per run; read-only afterwards, so any number of threads can share it.
/// </summary>
public sealed class EncodedRecords
{
    private EncodedRecords(int count)
    {
        Count = count;
        First = new int[count];
        Middle = new int[count];
        Last = new int[count];
        Dob = new int[count];
        DobId = new int[count];
        Address = new int[count];
        AddressSwapped = new int[count];
        AddressNumbers = new int[count];
        Town = new int[count];
        Postcode = new int[count];
        Sector = new int[count];
        District = new int[count];
        Uprn = new long[count];
        Phone = new int[count];
        Email = new int[count];
        EmailLocal = new int[count];
        Ni = new int[count];
    }

    public int Count { get; }

    /// <summary>First, middle and last names share one table, so a first name can be found in another's surname.</summary>
    public ValueTable Names { get; } = new();

    public int[] First { get; }

    public int[] Middle { get; }

    public int[] Last { get; }

    /// <summary>Per name id: the equivalence groups it belongs to (nicknames, transliterations).</summary>
    public int[][] NameGroups { get; private set; } = [];

    /// <summary>Per name id: the ids of its first and last words when it has several ("smith jones"), else 0.</summary>
    public int[] NameFirstWord { get; private set; } = [];

    public int[] NameLastWord { get; private set; } = [];

    /// <summary>Per name id: how many records have it as first name / as last name (term frequencies).</summary>
    public int[] FirstNameCount { get; private set; } = [];

    public int[] LastNameCount { get; private set; } = [];

    public int[] Dob { get; }

    public int[] DobId { get; }

    public int[] DobCount { get; private set; } = [];

    public ValueTable Addresses { get; } = new();

    public int[] Address { get; }

    public int[] AddressSwapped { get; }

    public ValueTable AddressNumberTable { get; } = new();

    public int[] AddressNumbers { get; }

    public ValueTable Towns { get; } = new();

    public int[] Town { get; }

    public ValueTable Postcodes { get; } = new();

    public int[] Postcode { get; }

    public int[] Sector { get; }

    public int[] District { get; }

    public long[] Uprn { get; }

    public ValueTable Phones { get; } = new();

    public int[] Phone { get; }

    public bool[] PhoneIsMobile { get; private set; } = [];

    public ValueTable Emails { get; } = new();

    public int[] Email { get; }

    public int[] EmailLocal { get; }

    public ValueTable Identifiers { get; } = new();

    public int[] Ni { get; }

    public int NonMissingFirst { get; private set; }

    public int NonMissingLast { get; private set; }

    public int NonMissingDob { get; private set; }

    public static EncodedRecords Build(IReadOnlyList<PersonRecord> records, NameEquivalents equivalents)
    {
        var encoded = new EncodedRecords(records.Count);
        var normalised = new Normalised[records.Count];
        Parallel.For(0, records.Count, i => normalised[i] = Normalised.From(records[i]));

        var dobs = new ValueTable();
        for (var i = 0; i < records.Count; i++)
        {
            encoded.Fill(i, normalised[i], dobs);
        }

        encoded.Describe(equivalents, dobs);
        return encoded;
    }

    private void Fill(int i, Normalised n, ValueTable dobs)
    {
        First[i] = Names.Intern(n.First);
        Middle[i] = Names.Intern(n.Middle);
        Last[i] = Names.Intern(n.Last);
        Dob[i] = n.Dob;
        DobId[i] = n.Dob == 0 ? 0 : dobs.Intern(n.Dob.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Address[i] = Addresses.Intern(n.Address);
        AddressSwapped[i] = n.AddressSwapped is null ? Address[i] : Addresses.Intern(n.AddressSwapped);
        AddressNumbers[i] = AddressNumberTable.Intern(n.AddressNumbers);
        Town[i] = Towns.Intern(n.Town);
        Postcode[i] = Postcodes.Intern(n.Postcode?.Full);
        Sector[i] = Postcodes.Intern(n.Postcode?.Sector);
        District[i] = Postcodes.Intern(n.Postcode?.District);
        Uprn[i] = n.Uprn ?? 0;
        Phone[i] = Phones.Intern(n.Phone);
        Email[i] = Emails.Intern(n.Email);
        EmailLocal[i] = Emails.Intern(n.Email is null ? null : n.Email[..n.Email.IndexOf('@')]);
        Ni[i] = Identifiers.Intern(n.Ni);
    }

    private void Describe(NameEquivalents equivalents, ValueTable dobs)
    {
        // Words of many-word names are added to the table first, so the arrays below cover them too.
        var names = Names.Values;
        var words = new (int First, int Last)[names.Length];
        for (var id = 1; id < names.Length; id++)
        {
            var name = names[id];
            var space = name.IndexOf(' ');
            if (space > 0)
            {
                words[id] = (Names.Intern(name[..space]), Names.Intern(name[(name.LastIndexOf(' ') + 1)..]));
            }
        }

        names = Names.Values;
        NameGroups = new int[names.Length][];
        NameFirstWord = new int[names.Length];
        NameLastWord = new int[names.Length];
        for (var id = 0; id < names.Length; id++)
        {
            NameGroups[id] = id == 0 ? [] : equivalents.GroupsOf(names[id]);
            if (id < words.Length)
            {
                (NameFirstWord[id], NameLastWord[id]) = words[id];
            }
        }

        FirstNameCount = new int[names.Length];
        LastNameCount = new int[names.Length];
        DobCount = new int[dobs.Count];
        for (var i = 0; i < Count; i++)
        {
            FirstNameCount[First[i]]++;
            LastNameCount[Last[i]]++;
            DobCount[DobId[i]]++;
        }

        NonMissingFirst = Count - FirstNameCount[0];
        NonMissingLast = Count - LastNameCount[0];
        NonMissingDob = Count - DobCount[0];
        PhoneIsMobile = [.. Phones.Values.Select(Normalise.IsMobile)];
    }

    /// <summary>One record's fields in normal form, worked out in parallel before interning.</summary>
    private sealed record Normalised(
        string? First, string? Middle, string? Last, int Dob, string? Address, string? AddressSwapped, string? AddressNumbers,
        string? Town, Postcode? Postcode, long? Uprn, string? Phone, string? Email, string? Ni)
    {
        public static Normalised From(PersonRecord r)
        {
            var line1 = Normalise.Address(r.AddressLine1);
            var line2 = Normalise.Address(r.AddressLine2);
            var address = line1 is null ? line2 : line2 is null ? line1 : line1 + " " + line2;
            return new Normalised(
                Normalise.Name(r.FirstName),
                Normalise.Name(r.MiddleName),
                Normalise.Name(r.LastName),
                r.DateOfBirth?.Packed ?? 0,
                address,
                line1 is not null && line2 is not null ? line2 + " " + line1 : null,
                address is null ? null : NumbersOf(address),
                Normalise.Address(r.Town),
                Text.Normalise.Postcode(r.Postcode),
                Normalise.Uprn(r.Uprn),
                Normalise.Phone(r.Phone),
                Normalise.Email(r.Email),
                Normalise.Identifier(r.NiNumber));
        }

        private static string? NumbersOf(string address)
        {
            var numbers = address.Split(' ').Where(word => word.Any(char.IsAsciiDigit));
            var joined = string.Join(' ', numbers);
            return joined.Length == 0 ? null : joined;
        }
    }
}
