using FrontDoor.Linkage.Encoding;
using FrontDoor.Linkage.Model;
using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Blocking;

/// <summary>
/// A rule that puts records with the same key into one block; only pairs within a block are compared. Each rule
/// alone misses pairs (a typo in the surname, a new address), so several rules run and their pairs are unioned:
/// a pair is compared once, by the first rule that finds it. Key 0 means "no key": the record is not blocked by
/// this rule (a missing date of birth must not put everyone without one in a block together).
/// </summary>
public sealed record BlockingRule(string Name, Func<EncodedRecords, long[]> Keys)
{
    /// <summary>
    /// When set, the rule's pairs also train the model (one EM session), and these are the fields it cannot teach:
    /// every pair in a date-of-birth block agrees on date of birth, so that session learns every field but that one.
    /// </summary>
    public IReadOnlyList<int>? TrainsAllBut { get; init; }

    /// <summary>A rule used only to train the model: its pairs are not added to the candidates.</summary>
    public bool TrainingOnly { get; init; }

    /// <summary>
    /// The rules FrontDoor runs. Between them a person is found again after a change of address (name + date of
    /// birth), of name (date of birth + postcode, identifiers), a typo in the name (sound-alike surname + year, first
    /// name + date of birth), and a swap of first and last name (the two names in either order).
    /// </summary>
    public static IReadOnlyList<BlockingRule> Defaults { get; } =
    [
        new("both names in either order", r => KeysOf(r, i => Pair(Math.Min(r.First[i], r.Last[i]), Math.Max(r.First[i], r.Last[i])), i => r.First[i] != 0 && r.Last[i] != 0)),
        new("date of birth", r => KeysOf(r, i => r.DobId[i], i => r.DobId[i] != 0)) { TrainsAllBut = [Comparisons.DateOfBirth] },
        new("postcode", r => KeysOf(r, i => r.Postcode[i], i => r.Postcode[i] != 0)),
        new("NI number", r => KeysOf(r, i => r.Ni[i], i => r.Ni[i] != 0)) { TrainsAllBut = [Comparisons.NiNumber] },
        new("UPRN", r => KeysOf(r, i => r.Uprn[i], i => r.Uprn[i] != 0)),
        new("phone", r => KeysOf(r, i => r.Phone[i], i => r.Phone[i] != 0)),
        new("email", r => KeysOf(r, i => r.Email[i], i => r.Email[i] != 0)),
        new("sound of last name + year of birth", SoundexAndYear),
        new("address", r => KeysOf(r, i => r.Address[i], i => r.Address[i] != 0)),

        // Training only: pairs with the same name at the same address are nearly all one person, whatever their
        // dates of birth say, so they teach how dates of birth differ. (Blocking on the name alone would not: in an
        // inner-London borough most pairs called Mohammed Islam are two different people.)
        new("both names at one address", r => KeysOf(r, i => Mix(Mix(r.First[i], r.Last[i]), r.Address[i]), i => r.First[i] != 0 && r.Last[i] != 0 && r.Address[i] != 0))
        {
            TrainsAllBut = [Comparisons.FirstName, Comparisons.LastName, Comparisons.MiddleName, Comparisons.Address, Comparisons.Town],
            TrainingOnly = true,
        },
    ];

    private static long Mix(long a, long b)
    {
        var h = (ulong)a * 0x9E3779B97F4A7C15UL ^ ((ulong)b + 0x632BE59BD9B4E019UL);
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        return (long)(h | 1); // never 0, which means "no key"
    }

    private static long Pair(int high, int low) => ((long)high << 32) | (uint)low;

    private static long[] KeysOf(EncodedRecords r, Func<int, long> key, Func<int, bool> has)
    {
        var keys = new long[r.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = has(i) ? key(i) : 0;
        }

        return keys;
    }

    private static long[] SoundexAndYear(EncodedRecords r)
    {
        var names = r.Names.Values;
        var codes = new Dictionary<int, int>();
        var codeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new long[r.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var last = r.Last[i];
            var year = r.Dob[i] / 10000;
            if (last == 0 || year == 0)
            {
                continue;
            }

            if (!codes.TryGetValue(last, out var code))
            {
                var soundex = Soundex.Encode(names[last]);
                if (!codeIds.TryGetValue(soundex, out code))
                {
                    code = codeIds.Count + 1;
                    codeIds[soundex] = code;
                }

                codes[last] = code;
            }

            keys[i] = Pair(code, year);
        }

        return keys;
    }
}
