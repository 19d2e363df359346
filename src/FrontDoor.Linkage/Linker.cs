using System.Diagnostics;
using FrontDoor.Linkage.Blocking;
using FrontDoor.Linkage.Clustering;
using FrontDoor.Linkage.Encoding;
using FrontDoor.Linkage.Model;
using FrontDoor.Linkage.Names;
using FrontDoor.Linkage.Records;

namespace FrontDoor.Linkage;

/// <summary>
/// One linkage run: encode the records, find candidate pairs with the blocking rules, train the model on them
/// without labels, score every candidate pair, and group the records into people.
/// </summary>
public static class Linker
{
    public static LinkageResult Link(IReadOnlyList<PersonRecord> records, LinkageOptions? options = null)
    {
        options ??= new LinkageOptions();
        var timings = new List<(string Step, TimeSpan Took)>();
        var watch = Stopwatch.StartNew();
        void Step(string name)
        {
            timings.Add((name, watch.Elapsed));
            options.Progress?.Invoke(name, watch.Elapsed);
            watch.Restart();
        }

        var encoded = EncodedRecords.Build(records, options.NameEquivalents ?? NameEquivalents.Default());
        var comparer = new Comparer(encoded);
        Step("encode");

        var candidates = new CandidatePairs(encoded, options.BlockingRules, options.MaxBlockSize);
        Step("block");

        var u = Training.EstimateU(comparer, options.RandomPairsForU, options.Seed);
        Step("estimate u from random pairs");

        var model = Training.Train(candidates, comparer, u, options.TrainingPairsPerSession);
        Step("estimate m by EM");

        var scorer = new Scorer(comparer, model);
        var review = MatchModel.WeightOf(options.ReviewProbability);
        var auto = MatchModel.WeightOf(options.AutoLinkProbability);
        var kept = new List<ScoredPair>();
        long comparisons = 0;
        foreach (var visitor in candidates.Visit(() => new PairScorer(scorer, review)))
        {
            kept.AddRange(visitor.Kept);
            comparisons += visitor.Compared;
        }

        Step("score candidate pairs");

        var links = kept.Where(p => p.Weight >= auto && p.PersonallyAgrees).ToList();
        var (personOf, heldApart) = PersonClusters.Build(encoded.Count, links, scorer, MatchModel.WeightOf(options.ContradictionProbability), options.MaxRecordsPerPerson);
        // Pairs whose personal evidence is against them (a husband and wife, a parent and child at one address) are
        // not uncertain, only alike: they are neither linked nor sent to review.
        var reviewPairs = kept.Where(p => p.Weight < auto && p.PersonallyAgrees).Concat(heldApart)
            .Where(p => personOf[p.A] != personOf[p.B])
            .OrderByDescending(p => p.Weight)
            .ToList();
        Step("cluster");

        return new LinkageResult(records, personOf, reviewPairs, scorer)
        {
            CandidatePairs = comparisons,
            AutomaticLinks = links.Count,
            HeldApart = heldApart.Count,
            RecordsInOversizedBlocks = candidates.RecordsInOversizedBlocks,
            Timings = timings,
        };
    }

    private sealed class PairScorer(Scorer scorer, double minimum) : IPairVisitor
    {
        private readonly byte[] levels = new byte[Comparisons.Count];

        public List<ScoredPair> Kept { get; } = [];

        public long Compared { get; private set; }

        public void Visit(int a, int b)
        {
            Compared++;
            var weight = scorer.Score(a, b, levels, out var personal);
            if (weight >= minimum)
            {
                Kept.Add(new ScoredPair(a, b, weight, personal > 0));
            }
        }
    }
}
