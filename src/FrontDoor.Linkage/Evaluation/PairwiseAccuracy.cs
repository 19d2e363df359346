namespace FrontDoor.Linkage.Evaluation;

/// <summary>
/// Pairwise precision, recall and F1 of a clustering against known truth (benchmarks and the synthetic test set
/// only; a council never has the truth). A pair of records is predicted to match when they share a person, and truly
/// matches when they share a true identity.
/// </summary>
public sealed record PairwiseAccuracy(long TruePositives, long FalsePositives, long FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseAccuracy Measure<TTruth>(IReadOnlyList<int> predicted, IReadOnlyList<TTruth> truth)
        where TTruth : notnull
    {
        var predictedSizes = new Dictionary<int, long>();
        var trueSizes = new Dictionary<TTruth, long>();
        var both = new Dictionary<(int, TTruth), long>();
        for (var i = 0; i < predicted.Count; i++)
        {
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
            trueSizes[truth[i]] = trueSizes.GetValueOrDefault(truth[i]) + 1;
            both[(predicted[i], truth[i])] = both.GetValueOrDefault((predicted[i], truth[i])) + 1;
        }

        static long Pairs(long n) => n * (n - 1) / 2;
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var truePairs = trueSizes.Values.Sum(Pairs);
        var truePositives = both.Values.Sum(Pairs);
        return new PairwiseAccuracy(truePositives, predictedPairs - truePositives, truePairs - truePositives);
    }

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:F4}, recall {Recall:F4}, F1 {F1:F4} ({TruePositives} true, {FalsePositives} false, {FalseNegatives} missed)");
}
