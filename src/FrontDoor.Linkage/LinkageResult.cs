using FrontDoor.Linkage.Model;
using FrontDoor.Linkage.Records;

namespace FrontDoor.Linkage;

/// <summary>What a run decided: which records are one person, which pairs a person should look at, and why.</summary>
public sealed class LinkageResult(IReadOnlyList<PersonRecord> records, int[] personOf, IReadOnlyList<ScoredPair> reviewPairs, Scorer scorer)
{
    public IReadOnlyList<PersonRecord> Records { get; } = records;

    /// <summary>Per record (same order as <see cref="Records"/>), the number of the person it belongs to.</summary>
    public int[] PersonOf { get; } = personOf;

    /// <summary>Pairs in the review band (and links held apart by clustering) whose records are not already one person.</summary>
    public IReadOnlyList<ScoredPair> ReviewPairs { get; } = reviewPairs;

    public MatchModel Model => scorer.Model;

    public long CandidatePairs { get; init; }

    public int AutomaticLinks { get; init; }

    public int HeldApart { get; init; }

    public IReadOnlyList<long> RecordsInOversizedBlocks { get; init; } = [];

    public IReadOnlyList<(string Step, TimeSpan Took)> Timings { get; init; } = [];

    /// <summary>How each field weighed for a pair: its level and the weight it added or took away.</summary>
    public IReadOnlyList<FieldEvidence> Explain(int a, int b)
    {
        Span<byte> levels = stackalloc byte[Comparisons.Count];
        scorer.Comparer.Compare(a, b, levels);
        var evidence = new List<FieldEvidence>(Comparisons.Count);
        for (var c = 0; c < Comparisons.Count; c++)
        {
            evidence.Add(new FieldEvidence(Comparisons.Titles[c], Comparisons.Levels[c][levels[c]], scorer.FieldWeight(a, b, c, levels[c])));
        }

        return evidence;
    }

    /// <summary>The match weight of any two records, compared now (also pairs no blocking rule brought together).</summary>
    public double Score(int a, int b)
    {
        Span<byte> levels = stackalloc byte[Comparisons.Count];
        return scorer.Score(a, b, levels);
    }
}

/// <summary>One field's part in a pair's score.</summary>
public sealed record FieldEvidence(string Field, string Level, double Weight);
