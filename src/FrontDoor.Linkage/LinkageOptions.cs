using FrontDoor.Linkage.Blocking;
using FrontDoor.Linkage.Names;

namespace FrontDoor.Linkage;

/// <summary>How a run links. The defaults are the ones docs/single-customer-view.md explains and the tests hold to.</summary>
public sealed record LinkageOptions
{
    /// <summary>Pairs at or above this match probability are linked without a person looking at them.</summary>
    public double AutoLinkProbability { get; init; } = 0.999;

    /// <summary>Pairs at or above this (and below the automatic threshold) go to staff review.</summary>
    public double ReviewProbability { get; init; } = 0.5;

    /// <summary>
    /// Two groups of records are never joined if any pair across them has a match probability below this: every pair
    /// within one person must be more likely than not the same person, however strongly a third record resembles both.
    /// </summary>
    public double ContradictionProbability { get; init; } = 0.5;

    /// <summary>A link that would make a person of more records than this is held apart for review.</summary>
    public int MaxRecordsPerPerson { get; init; } = 100;

    /// <summary>Blocks bigger than this are not compared by that rule (the other rules still apply).</summary>
    public int MaxBlockSize { get; init; } = 2000;

    /// <summary>Random pairs drawn to estimate u.</summary>
    public long RandomPairsForU { get; init; } = 1_000_000;

    /// <summary>Pairs sampled for each training session (and for estimating λ).</summary>
    public long TrainingPairsPerSession { get; init; } = 2_000_000;

    public int Seed { get; init; } = 15;

    public IReadOnlyList<BlockingRule> BlockingRules { get; init; } = BlockingRule.Defaults;

    public NameEquivalents? NameEquivalents { get; init; }

    /// <summary>Told each step as it finishes, with how long it took (for a progress line; never personal data).</summary>
    public Action<string, TimeSpan>? Progress { get; init; }
}
