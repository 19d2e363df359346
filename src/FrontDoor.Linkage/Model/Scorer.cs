using FrontDoor.Linkage.Encoding;

namespace FrontDoor.Linkage.Model;

/// <summary>
/// Adds up the weights of a pair's levels. Exact agreement on a first name, last name or date of birth is weighed by
/// how common the value is (term frequency): two records agreeing on "Begum" or "Smith" are less telling than two
/// agreeing on a rare name, so that level's u becomes the value's own frequency instead of the average.
/// </summary>
public sealed class Scorer
{
    private readonly double[][] weights;
    private readonly double[] firstExact;
    private readonly double[] lastExact;
    private readonly double[] dobExact;
    private readonly EncodedRecords r;
    private readonly bool firstNamesReliable;

    /// <summary>
    /// When fewer than this share of one person's pairs of records have clearly different first names (learned m),
    /// first names are trusted enough that a clear difference keeps two records apart.
    /// </summary>
    public const double ReliableFirstNames = 0.06;

    public Scorer(Comparer comparer, MatchModel model)
    {
        Comparer = comparer;
        Model = model;
        weights = model.Weights;
        r = comparer.Records;
        firstExact = TermFrequencyWeights(r.FirstNameCount, r.NonMissingFirst, model.M[Comparisons.FirstName][1]);
        lastExact = TermFrequencyWeights(r.LastNameCount, r.NonMissingLast, model.M[Comparisons.LastName][1]);
        dobExact = TermFrequencyWeights(r.DobCount, r.NonMissingDob, model.M[Comparisons.DateOfBirth][1]);
        firstNamesReliable = model.M[Comparisons.FirstName][Comparisons.Different(Comparisons.FirstName)] < ReliableFirstNames;
    }

    public Comparer Comparer { get; }

    public MatchModel Model { get; }

    /// <summary>The match weight (bits, prior included) of a pair; <paramref name="levels"/> receives its levels.</summary>
    public double Score(int a, int b, Span<byte> levels) => Score(a, b, levels, out _);

    /// <summary>
    /// The match weight, and the part of it that is evidence about the person rather than the household
    /// (<paramref name="personal"/>): first and middle name, date of birth, NI number, email and a shared mobile.
    /// People who live together share an address, a landline, usually a surname, and so a high total weight; when
    /// what is personal to them disagrees, they are two people, and FrontDoor does not link them automatically.
    /// </summary>
    public double Score(int a, int b, Span<byte> levels, out double personal)
    {
        Comparer.Compare(a, b, levels);
        var total = Model.Prior;
        personal = 0;
        for (var c = 0; c < Comparisons.Count; c++)
        {
            var weight = FieldWeight(a, b, c, levels[c]);
            total += weight;
            if (IsPersonal(c, levels[c]))
            {
                personal += weight;
            }
        }

        // Clearly different first names (not a nickname, spelling, initial, typo or swap) are two people — twins,
        // a husband and wife, a brother and sister — unless an identifier of the person's own agrees. Only where the
        // model has learned that first names are kept well in this data (FEBRL's benchmark files replace whole names).
        if (firstNamesReliable && levels[Comparisons.FirstName] == Comparisons.Different(Comparisons.FirstName)
            && levels[Comparisons.NiNumber] != 1 && levels[Comparisons.Email] != 1 && levels[Comparisons.Phone] != 1)
        {
            personal = Math.Min(personal, -1);
        }

        return total;
    }

    private static bool IsPersonal(int field, int level) => field switch
    {
        Comparisons.FirstName or Comparisons.MiddleName or Comparisons.DateOfBirth or Comparisons.NiNumber or Comparisons.Email => true,
        Comparisons.Phone => level == 1,
        _ => false,
    };

    /// <summary>The weight one field adds (positive) or takes away (negative) at a given level for this pair.</summary>
    public double FieldWeight(int a, int b, int field, int level)
    {
        if (level == 0)
        {
            return 0;
        }

        switch (field)
        {
            case Comparisons.FirstName when level == 1:
                return firstExact[r.First[a]];
            case Comparisons.FirstName when level == 2:
                return Math.Min(weights[field][level], Math.Min(firstExact[r.First[a]], firstExact[r.First[b]]));
            case Comparisons.LastName when level == 1:
                return lastExact[r.Last[a]];
            case Comparisons.LastName when level == 2:
                return Math.Min(weights[field][level], Math.Min(lastExact[r.Last[a]], lastExact[r.Last[b]]));
            case Comparisons.DateOfBirth when level == 1:
                return dobExact[r.DobId[a]];
            default:
                return weights[field][level];
        }
    }

    /// <summary>
    /// Per value: log2(m_exact / frequency). A value seen on one record only (a spelling nobody else has) gets the
    /// frequency of a value seen twice, since any agreeing pair has it at least twice.
    /// </summary>
    private static double[] TermFrequencyWeights(int[] counts, int nonMissing, double mExact)
    {
        var result = new double[counts.Length];
        if (nonMissing == 0)
        {
            return result;
        }

        for (var id = 1; id < counts.Length; id++)
        {
            var frequency = Math.Max(counts[id], 2) / (double)nonMissing;
            result[id] = Math.Log2(mExact / frequency);
        }

        return result;
    }
}
