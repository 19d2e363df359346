using System.Collections.Concurrent;
using FrontDoor.Linkage.Encoding;

namespace FrontDoor.Linkage.Blocking;

/// <summary>Receives candidate pairs on one thread; one visitor per worker thread, so it needs no locking.</summary>
public interface IPairVisitor
{
    void Visit(int a, int b);
}

/// <summary>
/// The blocks of every rule, and a parallel walk over all their pairs in which each pair is visited exactly once:
/// a pair found by rule k is skipped when an earlier rule also puts both records in one block. This needs no set of
/// pairs seen so far (which would not fit in memory at a million records), only each record's key per rule.
/// </summary>
public sealed class CandidatePairs
{
    private readonly long[][] keys;
    private readonly int[][] order;
    private readonly List<(int Rule, int Start, int Length)> blocks = [];
    private readonly List<(int Rule, int Start, int Length)> candidateBlocks;

    public CandidatePairs(EncodedRecords records, IReadOnlyList<BlockingRule> rules, int maxBlockSize)
    {
        Rules = rules;
        keys = new long[rules.Count][];
        order = new int[rules.Count][];
        var skipped = new long[rules.Count];
        Parallel.For(0, rules.Count, rule => keys[rule] = rules[rule].Keys(records));
        for (var rule = 0; rule < rules.Count; rule++)
        {
            var ruleKeys = keys[rule];
            var count = 0;
            foreach (var key in ruleKeys)
            {
                count += key != 0 ? 1 : 0;
            }

            var sortedKeys = new long[count];
            var indices = new int[count];
            var n = 0;
            for (var i = 0; i < ruleKeys.Length; i++)
            {
                if (ruleKeys[i] != 0)
                {
                    sortedKeys[n] = ruleKeys[i];
                    indices[n++] = i;
                }
            }

            Array.Sort(sortedKeys, indices);
            order[rule] = indices;
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && sortedKeys[end] == sortedKeys[start])
                {
                    end++;
                }

                var length = end - start;
                if (length > maxBlockSize)
                {
                    // A key shared by thousands (a placeholder date of birth, a hostel's address) says little and would
                    // cost millions of comparisons; the other rules still find these people.
                    skipped[rule] += length;
                    for (var k = start; k < end; k++)
                    {
                        ruleKeys[indices[k]] = 0; // so later rules do not count on this one having compared them
                    }
                }
                else if (length > 1)
                {
                    blocks.Add((rule, start, length));
                }

                start = end;
            }
        }

        RecordsInOversizedBlocks = skipped;
        // Biggest blocks first, so the last work handed out is small and both cores finish together.
        blocks.Sort((x, y) => y.Length.CompareTo(x.Length));
        candidateBlocks = blocks.Where(b => !rules[b.Rule].TrainingOnly).ToList();
    }

    public IReadOnlyList<BlockingRule> Rules { get; }

    /// <summary>Per rule, how many records were in blocks too big to compare (and left to the other rules).</summary>
    public IReadOnlyList<long> RecordsInOversizedBlocks { get; }

    /// <summary>
    /// Visits every candidate pair once, in parallel; returns the visitors so the caller can merge them. With
    /// <paramref name="fraction"/> below 1 only that share of pairs is visited, chosen by a hash of the pair (the same
    /// pairs every run).
    /// </summary>
    public IReadOnlyList<TVisitor> Visit<TVisitor>(Func<TVisitor> newVisitor, double fraction = 1)
        where TVisitor : IPairVisitor => Walk(candidateBlocks, newVisitor, fraction, dedupe: true);

    /// <summary>Visits the pairs of one rule's blocks only (for a training session), or a share of them.</summary>
    public IReadOnlyList<TVisitor> VisitRule<TVisitor>(int rule, Func<TVisitor> newVisitor, double fraction = 1)
        where TVisitor : IPairVisitor => Walk(blocks.Where(b => b.Rule == rule).ToList(), newVisitor, fraction, dedupe: false);

    /// <summary>How many pairs a rule's blocks hold (before removing pairs an earlier rule found).</summary>
    public long PairsOf(int rule) => blocks.Where(b => b.Rule == rule).Sum(b => (long)b.Length * (b.Length - 1) / 2);

    /// <summary>How many pairs all blocks hold, counting a pair found by two rules twice.</summary>
    public long PairsBeforeUnion => candidateBlocks.Sum(b => (long)b.Length * (b.Length - 1) / 2);

    private IReadOnlyList<TVisitor> Walk<TVisitor>(List<(int Rule, int Start, int Length)> work, Func<TVisitor> newVisitor, double fraction, bool dedupe)
        where TVisitor : IPairVisitor
    {
        if (work.Count == 0)
        {
            return [];
        }

        var visitors = new ConcurrentBag<TVisitor>();
        var threshold = fraction >= 1 ? uint.MaxValue : (uint)(fraction * uint.MaxValue);
        var partitions = Partitioner.Create(0, work.Count, Math.Max(1, work.Count / (64 * Environment.ProcessorCount)));
        Parallel.ForEach(
            partitions,
            () => newVisitor(),
            (range, _, visitor) =>
            {
                for (var b = range.Item1; b < range.Item2; b++)
                {
                    VisitBlock(work[b], visitor, threshold, dedupe);
                }

                return visitor;
            },
            visitors.Add);
        return [.. visitors];
    }

    /// <summary>True when the pair has the same key under some rule; used to tell whether a pair was ever compared.</summary>
    public bool IsCandidate(int a, int b)
    {
        for (var rule = 0; rule < keys.Length; rule++)
        {
            if (Rules[rule].TrainingOnly)
            {
                continue;
            }

            var key = keys[rule][a];
            if (key != 0 && key == keys[rule][b])
            {
                return true;
            }
        }

        return false;
    }

    private void VisitBlock<TVisitor>((int Rule, int Start, int Length) block, TVisitor visitor, uint threshold, bool dedupe)
        where TVisitor : IPairVisitor
    {
        var members = order[block.Rule];
        var end = block.Start + block.Length;
        for (var i = block.Start; i < end; i++)
        {
            var a = members[i];
            for (var j = i + 1; j < end; j++)
            {
                var b = members[j];
                var (low, high) = a < b ? (a, b) : (b, a);
                if (threshold != uint.MaxValue && Mix(low, high) > threshold)
                {
                    continue;
                }

                if (!dedupe || !FoundByEarlierRule(block.Rule, a, b))
                {
                    visitor.Visit(low, high);
                }
            }
        }
    }

    private static uint Mix(int a, int b)
    {
        var h = ((ulong)(uint)a * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)b * 0xC2B2AE3D27D4EB4FUL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return (uint)(h >> 32);
    }

    private bool FoundByEarlierRule(int rule, int a, int b)
    {
        for (var earlier = 0; earlier < rule; earlier++)
        {
            if (Rules[earlier].TrainingOnly)
            {
                continue;
            }

            var key = keys[earlier][a];
            if (key != 0 && key == keys[earlier][b])
            {
                return true;
            }
        }

        return false;
    }
}
