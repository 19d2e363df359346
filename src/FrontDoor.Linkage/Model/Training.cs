using FrontDoor.Linkage.Blocking;
using FrontDoor.Linkage.Encoding;

namespace FrontDoor.Linkage.Model;

/// <summary>
/// Trains the model without labels, the way no council has labelled pairs to learn from:
/// <list type="number">
/// <item>u from random pairs of records (almost all are two different people): exact agreement is worked out from
/// the frequency of every value, the other levels by sampling pairs.</item>
/// <item>m and λ by expectation-maximisation over the candidate pairs, with u held fixed: each pair's chance of
/// being a match under the current m, then m as the match-weighted share of each level. Pairs are first counted by
/// their pattern of levels, so each iteration costs the number of distinct patterns, not of pairs.</item>
/// </list>
/// </summary>
public static class Training
{
    /// <summary>A training session with fewer pairs than this teaches nothing reliable and is skipped.</summary>
    private const long MinimumSessionPairs = 50;

    /// <summary>Starting m values: strongest level likely for a match, "different" unlikely.</summary>
    private static double[] StartingM(int levels)
    {
        var m = new double[levels];
        m[1] = 0.9;
        var rest = 0.1 / (levels - 2);
        for (var level = 2; level < levels; level++)
        {
            m[level] = rest;
        }

        return m;
    }

    public static double[][] EstimateU(Comparer comparer, long samplePairs, int seed)
    {
        var records = comparer.Records;
        var n = records.Count;
        var counts = NewCounts();
        if (n >= 2)
        {
            var workers = Environment.ProcessorCount;
            var perWorker = samplePairs / workers;
            var partial = new long[workers][][];
            Parallel.For(0, workers, w =>
            {
                var random = new Random(seed + w);
                var local = NewCounts();
                Span<byte> levels = stackalloc byte[Comparisons.Count];
                for (long k = 0; k < perWorker; k++)
                {
                    var a = random.Next(n);
                    var b = random.Next(n - 1);
                    if (b >= a)
                    {
                        b++;
                    }

                    comparer.Compare(a, b, levels);
                    for (var c = 0; c < Comparisons.Count; c++)
                    {
                        local[c][levels[c]]++;
                    }
                }

                partial[w] = local;
            });
            foreach (var local in partial)
            {
                for (var c = 0; c < Comparisons.Count; c++)
                {
                    for (var level = 0; level < local[c].Length; level++)
                    {
                        counts[c][level] += local[c][level];
                    }
                }
            }
        }

        var u = new double[Comparisons.Count][];
        var exact = ExactAgreement(records);
        for (var c = 0; c < Comparisons.Count; c++)
        {
            var levels = Comparisons.LevelCount(c);
            u[c] = new double[levels];
            double observed = 0;
            for (var level = 1; level < levels; level++)
            {
                observed += counts[c][level];
            }

            // Half a pair's worth for levels never seen in the sample: rare, but not impossible.
            var total = observed + (0.5 * (levels - 1));
            for (var level = 1; level < levels; level++)
            {
                u[c][level] = (counts[c][level] + 0.5) / total;
            }

            // Exact agreement is known exactly from value frequencies; the sample's other levels share the rest.
            var exactLevels = c == Comparisons.Phone ? 2 : 1;
            double exactTotal = 0, sampledExact = 0;
            for (var level = 1; level <= exactLevels; level++)
            {
                var known = Math.Max(exact[c][level - 1], 0.1 / Math.Max(1.0, (double)records.Count * records.Count));
                sampledExact += u[c][level];
                u[c][level] = known;
                exactTotal += known;
            }

            var scale = (1 - exactTotal) / Math.Max(1e-12, 1 - sampledExact);
            for (var level = exactLevels + 1; level < levels; level++)
            {
                u[c][level] *= scale;
            }
        }

        return u;
    }

    /// <summary>
    /// Trains m without labels in sessions, as Splink does: each training rule's pairs (a sample of at most
    /// <paramref name="pairsPerSession"/>) give an EM estimate of m for every field the rule does not fix, and each
    /// field's m is the average over the sessions that could learn it. Blocking on date of birth teaches the names
    /// and the address; blocking on names teaches the date of birth. Then λ, the share of all candidate pairs that
    /// match, is estimated with m and u held.
    /// </summary>
    public static MatchModel Train(CandidatePairs candidates, Comparer comparer, double[][] u, long pairsPerSession)
    {
        var sums = NewSums();
        var sessions = new int[Comparisons.Count];
        var iterations = 0;
        var converged = true;
        for (var rule = 0; rule < candidates.Rules.Count; rule++)
        {
            if (candidates.Rules[rule].TrainsAllBut is not { } fixedFields)
            {
                continue;
            }

            var fraction = Math.Min(1.0, pairsPerSession / (double)Math.Max(1, candidates.PairsOf(rule)));
            var patterns = Merge(candidates.VisitRule(rule, () => new PatternCounter(comparer), fraction));
            if (patterns.Values.Sum() < MinimumSessionPairs)
            {
                continue; // too few pairs to learn from; the fields fall back to the run over all candidates
            }
            var ignored = new bool[Comparisons.Count];
            foreach (var field in fixedFields)
            {
                ignored[field] = true;
            }

            var session = ExpectationMaximisation(patterns, u, ignored);
            iterations += session.Iterations;
            converged &= session.Converged;
            for (var c = 0; c < Comparisons.Count; c++)
            {
                if (ignored[c])
                {
                    continue;
                }

                sessions[c]++;
                for (var level = 1; level < Comparisons.LevelCount(c); level++)
                {
                    sums[c][level] += session.M[c][level];
                }
            }
        }

        var all = Merge(candidates.Visit(() => new PatternCounter(comparer), Math.Min(1.0, pairsPerSession / (double)Math.Max(1, candidates.PairsBeforeUnion))));
        var m = new double[Comparisons.Count][];
        var untrained = new bool[Comparisons.Count];
        for (var c = 0; c < Comparisons.Count; c++)
        {
            m[c] = sessions[c] == 0 ? StartingM(Comparisons.LevelCount(c)) : [.. sums[c].Select(v => v / sessions[c])];
            untrained[c] = sessions[c] == 0;
        }

        if (untrained.Any(x => x))
        {
            // A field no session could learn (custom rules): learn it from all candidate pairs, the others held.
            var rest = ExpectationMaximisation(all, u, [.. untrained.Select(x => !x)], m);
            for (var c = 0; c < Comparisons.Count; c++)
            {
                m[c] = untrained[c] ? rest.M[c] : m[c];
            }
        }

        var lambda = EstimateLambda(all, m, u);
        return new MatchModel(m, u, lambda) { Iterations = iterations, Converged = converged };
    }

    /// <summary>Counts candidate pairs by their pattern of levels (one number per pattern, mixed radix).</summary>
    public static Dictionary<int, long> CountPatterns(CandidatePairs candidates, Comparer comparer) =>
        Merge(candidates.Visit(() => new PatternCounter(comparer)));

    private static Dictionary<int, long> Merge(IReadOnlyList<PatternCounter> visitors)
    {
        var patterns = new Dictionary<int, long>();
        foreach (var visitor in visitors)
        {
            foreach (var (pattern, count) in visitor.Patterns)
            {
                patterns[pattern] = patterns.GetValueOrDefault(pattern) + count;
            }
        }

        return patterns;
    }

    /// <summary>EM for λ alone, with m and u held: the share of candidate pairs that are one person.</summary>
    private static double EstimateLambda(Dictionary<int, long> patterns, double[][] m, double[][] u)
    {
        var decoded = patterns.Select(p => (Ratio: LogRatio(Decode(p.Key), m, u, null), Count: (double)p.Value)).ToArray();
        var total = decoded.Sum(p => p.Count);
        var lambda = 0.01;
        for (var iteration = 0; iteration < 200 && total > 0; iteration++)
        {
            var logPriorOdds = Math.Log(lambda / (1 - lambda));
            var matches = decoded.Sum(p => p.Count / (1 + Math.Exp(-(p.Ratio + logPriorOdds))));
            var next = Math.Clamp(matches / total, 1e-9, 1 - 1e-9);
            if (Math.Abs(next - lambda) < 1e-9)
            {
                return next;
            }

            lambda = next;
        }

        return lambda;
    }

    private static double LogRatio(byte[] levels, double[][] m, double[][] u, bool[]? ignored)
    {
        var ratio = 0.0;
        for (var c = 0; c < Comparisons.Count; c++)
        {
            var level = levels[c];
            if (level != 0 && (ignored is null || !ignored[c]))
            {
                ratio += Math.Log(m[c][level] / u[c][level]);
            }
        }

        return ratio;
    }

    /// <summary>EM for m and λ with u held; fields marked <paramref name="ignored"/> take no part (their m is left as it starts).</summary>
    public static MatchModel ExpectationMaximisation(Dictionary<int, long> patterns, double[][] u, bool[]? ignored = null, double[][]? start = null, int maxIterations = 100, double tolerance = 1e-5)
    {
        ignored ??= new bool[Comparisons.Count];
        var decoded = patterns.Select(p => (Levels: Decode(p.Key), Count: (double)p.Value)).ToArray();
        var m = new double[Comparisons.Count][];
        for (var c = 0; c < Comparisons.Count; c++)
        {
            m[c] = start is null ? StartingM(Comparisons.LevelCount(c)) : [.. start[c]];
        }

        var lambda = 0.01;
        var iterations = 0;
        var converged = false;
        var total = decoded.Sum(p => p.Count);
        while (iterations < maxIterations && total > 0)
        {
            iterations++;
            var mCounts = NewSums();
            double matches = 0;
            var logPriorOdds = Math.Log(lambda / (1 - lambda));
            foreach (var (levels, count) in decoded)
            {
                var logRatio = logPriorOdds + LogRatio(levels, m, u, ignored);

                var posterior = logRatio > 50 ? 1 : 1 / (1 + Math.Exp(-logRatio));
                var weighted = posterior * count;
                matches += weighted;
                for (var c = 0; c < Comparisons.Count; c++)
                {
                    mCounts[c][levels[c]] += weighted;
                }
            }

            var change = 0.0;
            for (var c = 0; c < Comparisons.Count; c++)
            {
                if (ignored[c])
                {
                    continue;
                }

                var levelCount = Comparisons.LevelCount(c);
                double observed = 0;
                for (var level = 1; level < levelCount; level++)
                {
                    observed += mCounts[c][level];
                }

                // Half a pair's worth on every level keeps a level never seen among matches from weighing infinitely.
                var denominator = observed + (0.5 * (levelCount - 1));
                for (var level = 1; level < levelCount; level++)
                {
                    var next = (mCounts[c][level] + 0.5) / denominator;
                    change = Math.Max(change, Math.Abs(next - m[c][level]));
                    m[c][level] = next;
                }
            }

            lambda = Math.Clamp(matches / total, 1e-9, 1 - 1e-9);
            if (change < tolerance)
            {
                converged = true;
                break;
            }
        }

        return new MatchModel(m, u, lambda) { Iterations = iterations, Converged = converged };
    }

    internal static int Encode(ReadOnlySpan<byte> levels)
    {
        var code = 0;
        for (var c = 0; c < Comparisons.Count; c++)
        {
            code = (code * Comparisons.LevelCount(c)) + levels[c];
        }

        return code;
    }

    internal static byte[] Decode(int code)
    {
        var levels = new byte[Comparisons.Count];
        for (var c = Comparisons.Count - 1; c >= 0; c--)
        {
            var radix = Comparisons.LevelCount(c);
            levels[c] = (byte)(code % radix);
            code /= radix;
        }

        return levels;
    }

    /// <summary>Per field, the chance that two different records share a value exactly, from value frequencies.</summary>
    private static double[][] ExactAgreement(EncodedRecords r)
    {
        return
        [
            [Agreement(r.First)],
            [Agreement(r.Last)],
            [Agreement(r.Middle)],
            [Agreement(r.DobId)],
            [Math.Max(Agreement(r.Address), Agreement(r.Uprn))],
            [Agreement(r.Town)],
            [Agreement(r.Phone, id => r.PhoneIsMobile[id]), Agreement(r.Phone, id => !r.PhoneIsMobile[id])],
            [Agreement(r.Email)],
            [Agreement(r.Ni)],
        ];
    }

    private static double Agreement(int[] ids, Func<int, bool>? include = null)
    {
        var counts = new Dictionary<int, long>();
        long present = 0;
        foreach (var id in ids)
        {
            if (id != 0)
            {
                present++;
                if (include is null || include(id))
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        return SameValueChance(counts.Values, present);
    }

    private static double Agreement(long[] values)
    {
        var counts = new Dictionary<long, long>();
        long present = 0;
        foreach (var value in values)
        {
            if (value != 0)
            {
                present++;
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return SameValueChance(counts.Values, present);
    }

    private static double SameValueChance(IEnumerable<long> counts, long present)
    {
        if (present < 2)
        {
            return 0;
        }

        double same = 0;
        foreach (var count in counts)
        {
            same += (double)count * (count - 1);
        }

        return same / ((double)present * (present - 1));
    }

    private static long[][] NewCounts()
    {
        var counts = new long[Comparisons.Count][];
        for (var c = 0; c < Comparisons.Count; c++)
        {
            counts[c] = new long[Comparisons.LevelCount(c)];
        }

        return counts;
    }

    private static double[][] NewSums()
    {
        var sums = new double[Comparisons.Count][];
        for (var c = 0; c < Comparisons.Count; c++)
        {
            sums[c] = new double[Comparisons.LevelCount(c)];
        }

        return sums;
    }

    private sealed class PatternCounter(Comparer comparer) : IPairVisitor
    {
        private readonly byte[] levels = new byte[Comparisons.Count];

        public Dictionary<int, long> Patterns { get; } = [];

        public void Visit(int a, int b)
        {
            comparer.Compare(a, b, levels);
            var code = Encode(levels);
            Patterns[code] = Patterns.GetValueOrDefault(code) + 1;
        }
    }
}
