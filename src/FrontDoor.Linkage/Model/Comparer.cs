using FrontDoor.Linkage.Encoding;
using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Model;

/// <summary>
/// Works out the level of agreement on every field for a pair of records. This is the inner loop of a run, so it
/// compares ids first and computes a similarity only when the ids differ; it allocates nothing.
/// </summary>
public sealed class Comparer(EncodedRecords records)
{
    private const double VerySimilar = 0.92;
    private const double Similar = 0.80;
    private const double SimilarAddress = 0.88;

    private readonly EncodedRecords r = records;
    private readonly string[] names = records.Names.Values;
    private readonly string[] addresses = records.Addresses.Values;
    private readonly string[] towns = records.Towns.Values;
    private readonly string[] postcodes = records.Postcodes.Values;
    private readonly string[] phones = records.Phones.Values;
    private readonly string[] emails = records.Emails.Values;
    private readonly string[] identifiers = records.Identifiers.Values;

    public EncodedRecords Records => r;

    public void Compare(int a, int b, Span<byte> levels)
    {
        levels[Comparisons.FirstName] = FirstName(a, b);
        // A swap of first and last names is one event: it is weighed once, on the first name, and the last name
        // then adds nothing (counting it on both would double the evidence of one agreement).
        levels[Comparisons.LastName] = levels[Comparisons.FirstName] == Swapped && IsSwap(a, b) ? (byte)0 : LastName(a, b);
        levels[Comparisons.MiddleName] = MiddleName(r.Middle[a], r.Middle[b]);
        levels[Comparisons.DateOfBirth] = DateOfBirth(r.Dob[a], r.Dob[b]);
        levels[Comparisons.Address] = Address(a, b);
        levels[Comparisons.Town] = Town(r.Town[a], r.Town[b]);
        levels[Comparisons.Phone] = Phone(r.Phone[a], r.Phone[b]);
        levels[Comparisons.Email] = Email(a, b);
        levels[Comparisons.NiNumber] = Identifier(r.Ni[a], r.Ni[b]);
    }

    private const byte Swapped = 5;

    private bool IsSwap(int a, int b) => Crossed(r.First[a], r.Last[b]) && Crossed(r.First[b], r.Last[a]);

    private byte FirstName(int a, int b)
    {
        int x = r.First[a], y = r.First[b];
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        if (ShareGroup(x, y))
        {
            return 2;
        }

        var similarity = JaroWinkler.Similarity(names[x], names[y], Similar);
        if (similarity >= VerySimilar)
        {
            return 3;
        }

        if (IsInitialOf(x, y) || IsInitialOf(y, x))
        {
            return 4;
        }

        if ((Crossed(x, r.Last[b]) && Crossed(y, r.Last[a])) || Crossed(x, r.Middle[b]) || Crossed(y, r.Middle[a]))
        {
            return 5;
        }

        return similarity >= Similar ? (byte)6 : (byte)7;
    }

    private byte LastName(int a, int b)
    {
        int x = r.Last[a], y = r.Last[b];
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        if (ShareGroup(x, y))
        {
            return 2;
        }

        var similarity = JaroWinkler.Similarity(names[x], names[y], Similar);
        if (similarity >= VerySimilar)
        {
            return 3;
        }

        if (SharesWord(x, y))
        {
            return 4;
        }

        if (Crossed(x, r.First[b]) && Crossed(y, r.First[a]))
        {
            return 5;
        }

        return similarity >= Similar ? (byte)6 : (byte)7;
    }

    private byte MiddleName(int x, int y)
    {
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        return IsInitialOf(x, y) || IsInitialOf(y, x) || ShareGroup(x, y) || JaroWinkler.Similarity(names[x], names[y], VerySimilar) >= VerySimilar
            ? (byte)2
            : (byte)3;
    }

    private static byte DateOfBirth(int x, int y)
    {
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        int yearX = x / 10000, monthX = x / 100 % 100, dayX = x % 100;
        int yearY = y / 10000, monthY = y / 100 % 100, dayY = y % 100;
        if (yearX == yearY && monthX == dayY && dayX == monthY)
        {
            return 2;
        }

        var same = (yearX == yearY ? 1 : 0) + (monthX == monthY ? 1 : 0) + (dayX == dayY ? 1 : 0);
        return same == 2 ? (byte)3 : (byte)4;
    }

    /// <summary>
    /// Address line, postcode and UPRN together. A UPRN identifies the property, so two different UPRNs are never
    /// "same property" whatever the text says; the line is compared with its numbers apart, so next door
    /// ("12 Mile End Road", "14 Mile End Road") is the same street, not the same address.
    /// </summary>
    private byte Address(int a, int b)
    {
        long uprnA = r.Uprn[a], uprnB = r.Uprn[b];
        var line = AddressLine(a, b);
        var postcode = Postcode(a, b);
        var town = r.Town[a] != 0 && r.Town[a] == r.Town[b];
        if (uprnA != 0 && uprnA == uprnB)
        {
            return 1;
        }

        if (line == 0 && postcode == 0 && (uprnA == 0 || uprnB == 0))
        {
            return 0;
        }

        var otherProperty = uprnA != 0 && uprnB != 0;
        if (!otherProperty && line == LineSame && (postcode == PostcodeSame || postcode == PostcodeTypo || (postcode == 0 && town)))
        {
            return 1;
        }

        if (!otherProperty && line == LineSame)
        {
            return 2;
        }

        if (postcode == PostcodeSame)
        {
            return 3;
        }

        if (line == LineSameStreet || postcode == PostcodeTypo)
        {
            return 4;
        }

        return postcode is PostcodeSector or PostcodeDistrict ? (byte)5 : (byte)6;
    }

    private const byte LineSame = 1;
    private const byte LineSameStreet = 2;
    private const byte PostcodeSame = 1;
    private const byte PostcodeSector = 2;
    private const byte PostcodeTypo = 3;
    private const byte PostcodeDistrict = 4;

    /// <summary>0 missing, 1 same (or similar with the same numbers), 2 similar street with other numbers, 3 different.</summary>
    private byte AddressLine(int a, int b)
    {
        int x = r.Address[a], y = r.Address[b];
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y || x == r.AddressSwapped[b])
        {
            return LineSame;
        }

        var similar = JaroWinkler.Similarity(addresses[x], addresses[y], SimilarAddress) >= SimilarAddress
            || (r.AddressSwapped[b] != y && JaroWinkler.Similarity(addresses[x], addresses[r.AddressSwapped[b]], SimilarAddress) >= SimilarAddress);
        if (!similar)
        {
            return 3;
        }

        return r.AddressNumbers[a] == r.AddressNumbers[b] ? LineSame : LineSameStreet;
    }

    private byte Town(int x, int y)
    {
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        return JaroWinkler.Similarity(towns[x], towns[y], SimilarAddress) >= SimilarAddress ? (byte)2 : (byte)3;
    }

    private byte Postcode(int a, int b)
    {
        int x = r.Postcode[a], y = r.Postcode[b];
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        if (r.Sector[a] != 0 && r.Sector[a] == r.Sector[b])
        {
            return 2;
        }

        if (EditDistance.OneApart(postcodes[x], postcodes[y]))
        {
            return 3;
        }

        return r.District[a] != 0 && r.District[a] == r.District[b] ? (byte)4 : (byte)5;
    }

    private byte Phone(int x, int y)
    {
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return r.PhoneIsMobile[x] ? (byte)1 : (byte)2;
        }

        return EditDistance.OneApart(phones[x], phones[y]) ? (byte)3 : (byte)4;
    }

    private byte Email(int a, int b)
    {
        int x = r.Email[a], y = r.Email[b];
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        if (r.EmailLocal[a] == r.EmailLocal[b])
        {
            return 2;
        }

        return EditDistance.OneApart(emails[x], emails[y]) ? (byte)3 : (byte)4;
    }

    private byte Identifier(int x, int y)
    {
        if (x == 0 || y == 0)
        {
            return 0;
        }

        if (x == y)
        {
            return 1;
        }

        return EditDistance.OneApart(identifiers[x], identifiers[y]) ? (byte)2 : (byte)3;
    }

    private bool ShareGroup(int x, int y)
    {
        var left = r.NameGroups[x];
        if (left.Length == 0)
        {
            return false;
        }

        var right = r.NameGroups[y];
        foreach (var g in left)
        {
            foreach (var h in right)
            {
                if (g == h)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsInitialOf(int initial, int name) => names[initial].Length == 1 && names[name][0] == names[initial][0];

    /// <summary>
    /// True when name x is (nearly) the other record's name in another field. First and last names count as swapped
    /// only when both cross over: one shared word alone ("Ryan Milburn", "Sana Ryan") is not a swap.
    /// </summary>
    private bool Crossed(int x, int other) =>
        other != 0 && (x == other || (names[x].Length > 2 && JaroWinkler.Similarity(names[x], names[other], VerySimilar) >= VerySimilar));

    /// <summary>True when one name is a word of the other ("smith" and "smith jones"), or they share a word.</summary>
    private bool SharesWord(int x, int y)
    {
        int xf = r.NameFirstWord[x], xl = r.NameLastWord[x], yf = r.NameFirstWord[y], yl = r.NameLastWord[y];
        if (xf == 0 && yf == 0)
        {
            return false;
        }

        return xf == y || xl == y || yf == x || yl == x || (xf != 0 && (xf == yf || xf == yl || xl == yf || xl == yl));
    }
}
