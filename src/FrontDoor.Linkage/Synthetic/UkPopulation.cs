using System.Globalization;
using FrontDoor.Linkage.Names;
using FrontDoor.Linkage.Records;

namespace FrontDoor.Linkage.Synthetic;

/// <summary>A generated record and the person it truly belongs to (known only because we made it up).</summary>
public sealed record SyntheticRecord(PersonRecord Record, int PersonId);

/// <summary>
/// A UK-shaped test population (fixed seed, no real people) seen through three legacy systems — council tax, housing
/// and benefits — each holding different fields, with the cases that make linkage hard in an inner-London borough:
/// very common names (Mohammed, Begum, Khan, Smith), nicknames and transliterations, relatives at one address,
/// twins, a son named after his father, many different people called Mohammed Islam, typos, a day and month swapped,
/// people who moved house between systems, legacy duplicates within one system, and missing fields.
/// </summary>
public sealed class UkPopulation
{
    public static readonly string[] Sources = ["council-tax", "housing", "benefits"];

    private static readonly string[] SouthAsianSurnames = ["islam", "uddin", "miah", "rahman", "ahmed", "hussain", "ali", "khan", "chowdhury"];
    private readonly Random random;
    private readonly NameEquivalents equivalents = NameEquivalents.Default();
    private readonly Dictionary<string, IReadOnlyList<string>> variants = [];
    private readonly List<SyntheticRecord> records = [];
    private int nextPerson;
    private int nextHousehold;

    private readonly int areas;

    private UkPopulation(int seed, int targetRecords)
    {
        random = new Random(seed);

        // The address space grows with the population, as a real one does: about 4,000 households per area of 66
        // streets, so a postcode holds a dozen or so households at any size.
        areas = Math.Max(1, targetRecords / 10_000);
    }

    /// <summary>About <paramref name="targetRecords"/> records (a little more; whole households are made).</summary>
    public static IReadOnlyList<SyntheticRecord> Generate(int targetRecords, int seed = 15)
    {
        var population = new UkPopulation(seed, targetRecords);
        while (population.records.Count < targetRecords)
        {
            population.Household();
        }

        return population.records;
    }

    private sealed record Address(string Line1, string Town, string Postcode, string? Uprn, string Landline);

    private sealed record Person(int Id, string First, string? Middle, string Last, DateOnly Dob, string Mobile, string? Email, string? Ni, Address Home, Address? Previous, bool Adult);

    private void Household()
    {
        var home = NewAddress();
        var asian = random.NextDouble() < 0.4;
        var surname = asian ? Pick(SouthAsianSurnames) : Weighted(UkNames.Surnames);
        var members = new List<Person>();
        var kind = random.NextDouble();
        var adult1 = NewPerson(home, asian, surname, male: true, born: Year(1945, 1995));
        members.Add(adult1);
        if (kind > 0.3)
        {
            // Bengali and Somali married women are often recorded under Begum or Khatun, not the husband's surname.
            var wifeSurname = asian && random.NextDouble() < 0.6 ? (random.NextDouble() < 0.8 ? "begum" : "khatun") : surname;
            members.Add(NewPerson(home, asian, wifeSurname, male: false, born: adult1.Dob.Year + random.Next(-6, 4)));
        }

        if (kind > 0.55)
        {
            var children = 1 + random.Next(4);
            var parentYear = adult1.Dob.Year;
            for (var c = 0; c < children; c++)
            {
                var child = NewPerson(home, asian, surname, male: random.NextDouble() < 0.5, born: Math.Min(2022, parentYear + 22 + random.Next(18)), adult: false);
                members.Add(child);
                if (c == 0 && random.NextDouble() < 0.06)
                {
                    // Twins: same birthday, same surname and address, different first names.
                    members.Add(NewPerson(home, asian, surname, male: random.NextDouble() < 0.5, born: child.Dob.Year, adult: false) with { Dob = child.Dob });
                }
            }

            if (random.NextDouble() < 0.05)
            {
                // A grown-up son named after his father, living at home.
                members.Add(NewPerson(home, asian, surname, male: true, born: adult1.Dob.Year + 25 + random.Next(8)) with { First = adult1.First });
            }
        }

        nextHousehold++;
        foreach (var person in members)
        {
            Appear(person);
        }
    }

    private Person NewPerson(Address home, bool asian, string surname, bool male, int born, bool adult = true)
    {
        var first = asian
            ? (male ? (random.NextDouble() < 0.45 ? "mohammed" : Weighted(UkNames.MaleFirst[..15])) : Weighted(UkNames.FemaleFirst[..14]))
            : Weighted(male ? UkNames.MaleFirst[15..] : UkNames.FemaleFirst[14..]);
        string? middle = random.NextDouble() < 0.4 ? Weighted(male ? UkNames.MaleFirst : UkNames.FemaleFirst) : null;
        if (first == "mohammed" && random.NextDouble() < 0.7)
        {
            middle = Weighted(UkNames.MaleFirst[1..15]);
        }

        var dob = new DateOnly(Math.Clamp(born, 1925, 2023), 1 + random.Next(12), 1 + random.Next(28));
        var id = nextPerson++;
        var mobile = "07" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var email = adult && random.NextDouble() < 0.6 ? $"{first}.{surname.Replace(" ", string.Empty, StringComparison.Ordinal)}{random.Next(100)}@{Pick(["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"])}" : null;
        var ni = adult ? NiNumber() : null;
        var previous = random.NextDouble() < 0.12 ? NewAddress() : null;
        return new Person(id, first, middle, surname, dob, mobile, email, ni, home, previous, adult);
    }

    /// <summary>The person as each system holds them: which systems, which fields, and the mistakes each made.</summary>
    private void Appear(Person person)
    {
        var inCouncilTax = person.Adult && random.NextDouble() < 0.6;
        var inHousing = random.NextDouble() < (person.Adult ? 0.5 : 0.7);
        var inBenefits = person.Adult && random.NextDouble() < 0.5;
        if (!inCouncilTax && !inHousing && !inBenefits)
        {
            inHousing = true;
        }

        // The person moved: one system still has the old address.
        var staleSource = person.Previous is null ? -1 : random.Next(3);
        for (var source = 0; source < 3; source++)
        {
            if (!(source switch { 0 => inCouncilTax, 1 => inHousing, _ => inBenefits }))
            {
                continue;
            }

            var copies = random.NextDouble() < 0.04 ? 2 : 1; // a legacy duplicate within one system
            for (var copy = 0; copy < copies; copy++)
            {
                var address = source == staleSource ? person.Previous! : person.Home;
                records.Add(new SyntheticRecord(Record(person, source, address), person.Id));
            }
        }
    }

    private PersonRecord Record(Person p, int source, Address address)
    {
        var first = Vary(p.First, 0.12);
        var last = Vary(p.Last, 0.10);
        var middle = p.Middle;
        if (first == p.First && first == "mohammed" && middle is not null && random.NextDouble() < 0.2)
        {
            // "Mohammed Abdul Islam" is often known and recorded as Abdul Islam.
            (first, middle) = (middle, null);
        }

        first = Typo(first, 0.04);
        last = Typo(last, 0.04);
        if (random.NextDouble() < 0.01)
        {
            (first, last) = (last, first);
        }

        var (hasDob, hasMiddle, hasUprn, hasEmail, hasPhone, hasNi) = source switch
        {
            0 => (0.3, 0.3, 0.9, 0.3, 0.5, 0.0),
            1 => (0.95, 0.5, 0.6, 0.2, 0.7, 0.4),
            _ => (0.99, 0.6, 0.0, 0.5, 0.6, 0.9),
        };
        var dob = Chance(hasDob) ? Dob(p.Dob) : (BirthDate?)null;
        var phone = !Chance(hasPhone) ? null : source == 0 && random.NextDouble() < 0.5 ? address.Landline : p.Mobile;
        if (phone is not null && random.NextDouble() < 0.3)
        {
            phone = "+44 " + phone[1..];
        }

        var postcode = Chance(0.95) ? address.Postcode : null;
        if (postcode is not null && random.NextDouble() < 0.02)
        {
            postcode = Typo(postcode, 1);
        }

        var line1 = address.Line1;
        if (random.NextDouble() < 0.3)
        {
            line1 = line1.Replace(" street", " st", StringComparison.Ordinal).Replace(" road", " rd", StringComparison.Ordinal);
        }

        return new PersonRecord(Sources[source], $"{Sources[source][0]}{records.Count:D7}")
        {
            FirstName = Capitalise(first),
            MiddleName = Chance(hasMiddle) && middle is not null ? (Chance(0.3) ? middle[..1].ToUpperInvariant() : Capitalise(middle)) : null,
            LastName = source == 0 && Chance(0.3) ? last.ToUpperInvariant() : Capitalise(last),
            DateOfBirth = dob,
            AddressLine1 = Typo(line1, 0.03),
            Town = Chance(0.8) ? Capitalise(address.Town) : null,
            Postcode = postcode,
            Uprn = Chance(hasUprn) ? address.Uprn : null,
            Email = Chance(hasEmail) ? p.Email : null,
            Phone = phone,
            NiNumber = p.Ni is not null && Chance(hasNi) ? (Chance(0.3) ? $"{p.Ni[..2]} {p.Ni[2..4]} {p.Ni[4..6]} {p.Ni[6..8]} {p.Ni[8..]}" : p.Ni) : null,
        };
    }

    private BirthDate Dob(DateOnly dob)
    {
        var roll = random.NextDouble();
        if (roll < 0.015 && dob.Day <= 12)
        {
            return new BirthDate(dob.Year, dob.Day, dob.Month); // day and month swapped
        }

        if (roll < 0.045)
        {
            return random.Next(3) switch
            {
                0 => new BirthDate(dob.Year + (random.NextDouble() < 0.5 ? 1 : -10), dob.Month, dob.Day),
                1 => new BirthDate(dob.Year, 1 + random.Next(12), dob.Day),
                _ => new BirthDate(dob.Year, dob.Month, 1 + random.Next(28)),
            };
        }

        return new BirthDate(dob.Year, dob.Month, dob.Day);
    }

    private Address NewAddress()
    {
        var area = random.Next(areas);
        var street = random.Next(UkNames.Streets.Length);
        var district = areas == 1
            ? UkNames.Districts[street % UkNames.Districts.Length]
            : $"{AreaPrefixes[area % AreaPrefixes.Length]}{1 + (area / AreaPrefixes.Length % 20)}{(area >= AreaPrefixes.Length * 20 ? (char)('A' + (area / (AreaPrefixes.Length * 20) % 26)) : string.Empty)}";
        var number = 1 + random.Next(180);
        var flat = random.NextDouble() < 0.35 ? $"flat {1 + random.Next(40)}, " : string.Empty;
        var sector = (street + (number / 40)) % 10;
        var unit = (number / 8) + (street * 23);
        var postcode = $"{district} {sector}{(char)('A' + (unit % 20))}{(char)('A' + (unit / 20 % 26))}";
        var household = nextHousehold * 10_007L % 9_000_000_000 + random.Next(7);
        return new Address(
            $"{flat}{number} {UkNames.Streets[street]}",
            areas == 1 ? UkNames.Towns[street % UkNames.Towns.Length] : $"{UkNames.Towns[street % UkNames.Towns.Length]} {district.ToLowerInvariant()}",
            postcode,
            (100_000_000_000 + household * 13).ToString(CultureInfo.InvariantCulture),
            "020" + random.Next(70_000_000, 89_999_999).ToString(CultureInfo.InvariantCulture));
    }

    private static readonly string[] AreaPrefixes = ["E", "N", "SE", "SW", "W", "NW", "IG", "RM", "DA", "BR", "CR", "SM", "KT", "TW", "UB", "HA", "EN", "WD"];

    private string NiNumber()
    {
        const string letters = "ABCEGHJKLMNPRSTWXYZ";
        return $"{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}{random.Next(1_000_000):D6}{"ABCD"[random.Next(4)]}";
    }

    /// <summary>Another accepted form of the name (nickname, transliteration) with the given chance.</summary>
    private string Vary(string name, double chance)
    {
        if (!variants.TryGetValue(name, out var options))
        {
            variants[name] = options = equivalents.Variants(name);
        }

        var boost = name is "mohammed" or "begum" or "chowdhury" or "hussain" ? 2 : 1;
        return options.Count > 0 && random.NextDouble() < chance * boost ? options[random.Next(options.Count)] : name;
    }

    private string Typo(string text, double chance)
    {
        if (text.Length < 3 || random.NextDouble() >= chance)
        {
            return text;
        }

        var chars = text.ToCharArray().ToList();
        var at = 1 + random.Next(chars.Count - 2);
        switch (random.Next(4))
        {
            case 0: chars[at] = (char)('a' + random.Next(26)); break;
            case 1: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            case 2: chars.RemoveAt(at); break;
            default: chars.Insert(at, chars[at]); break;
        }

        return new string([.. chars]);
    }

    private int Year(int from, int to) => from + random.Next(to - from + 1);

    private bool Chance(double p) => random.NextDouble() < p;

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private string Weighted((string Name, int Weight)[] items)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += item.Weight;
        }

        var roll = random.Next(total);
        foreach (var (name, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return name;
            }
        }

        return items[^1].Name;
    }

    private static string Capitalise(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
}
