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

    public Scorer(Comparer comparer, MatchModel model)
    {
        Comparer = comparer;
        Model = model;
        weights = model.Weights;
        r = comparer.Records;
        firstExact = TermFrequencyWeights(r.FirstNameCount, r.NonMissingFirst, model.M[Comparisons.FirstName][1]);
        lastExact = TermFrequencyWeights(r.LastNameCount, r.NonMissingLast, model.M[Comparisons.LastName][1]);
        dobExact = TermFrequencyWeights(r.DobCount, r.NonMissingDob, model.M[Comparisons.DateOfBirth][1]);
    }

    public Comparer Comparer { get; }

    public MatchModel Model { get; }

    /// <summary>The match weight (bits, prior included) of a pair; <paramref name="levels"/> receives its levels.</summary>
    public double Score(int a, int b, Span<byte> levels)
    {
        Comparer.Compare(a, b, levels);
        var total = Model.Prior;
        for (var c = 0; c < Comparisons.Count; c++)
        {
            total += FieldWeight(a, b, c, levels[c]);
        }

        return total;
    }

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
