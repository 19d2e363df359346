using F23.StringSimilarity;

namespace FrontDoor.Web.Features.Catalogue.Search;

/// <summary>A service as the resident site lists and searches it.</summary>
public sealed record ServiceEntry(
    string Code, string Name, string Summary, IReadOnlyList<string> Keywords, string NeedCode, string NeedName, int WebResolveWorkingDays);

/// <summary>A need and its services, in the catalogue's order.</summary>
public sealed record NeedEntry(string Code, string Name, string Summary, IReadOnlyList<ServiceEntry> Services);

public sealed record SearchHit(ServiceEntry Service, double Score);

/// <summary>
/// The council's catalogue prepared for searching: words of names, keywords and summaries, weighted by how rare each
/// word is (so "collect" counts for more than "council"). A query word matches a catalogue word exactly, by prefix, or
/// within a small Damerau–Levenshtein distance (typos and swapped letters: "niosy" → "noisy"). A keyword phrase whose
/// words all appear in the query earns a bonus, which is what ranks "my bin wasn't collected" on the missed bin.
/// Immutable once built, so one instance serves every request.
/// </summary>
public sealed class CatalogueIndex
{
    private const double NameWeight = 3;
    private const double KeywordWeight = 2.5;
    private const double SummaryWeight = 1;
    private const double PhraseBonus = 4;
    private static readonly Damerau Distance = new();

    private readonly List<IndexedService> services;
    private readonly Dictionary<string, double> rarity;

    public CatalogueIndex(IReadOnlyList<NeedEntry> needs)
    {
        Needs = needs;
        services = needs.SelectMany(n => n.Services).Select(IndexedService.From).ToList();
        var documentFrequency = services.SelectMany(s => s.AllWords).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        rarity = documentFrequency.ToDictionary(p => p.Key, p => Math.Log(1 + ((double)services.Count / p.Value)));
        Vocabulary = documentFrequency.Keys.ToArray();
    }

    public IReadOnlyList<NeedEntry> Needs { get; }

    public IEnumerable<ServiceEntry> Services => services.Select(s => s.Entry);

    private string[] Vocabulary { get; }

    public ServiceEntry? Find(string code) => services.FirstOrDefault(s => s.Entry.Code == code)?.Entry;

    public IReadOnlyList<SearchHit> Search(string? query, int max = 10)
    {
        var words = SearchText.Words(query).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        // Each query word's closeness to every catalogue word it resembles, worked out once per query.
        var matches = words.Select(MatchesFor).ToList();
        var hits = new List<SearchHit>();
        foreach (var service in services)
        {
            var score = 0.0;
            foreach (var match in matches)
            {
                score += Math.Max(NameWeight * Best(match, service.NameWords),
                    Math.Max(KeywordWeight * Best(match, service.KeywordWords), SummaryWeight * Best(match, service.SummaryWords)));
            }

            foreach (var phrase in service.Phrases)
            {
                if (phrase.Length > 1 && phrase.All(w => matches.Any(m => m.GetValueOrDefault(w) >= 0.75)))
                {
                    score += PhraseBonus * phrase.Length;
                }
            }

            if (score >= 1.5)
            {
                hits.Add(new SearchHit(service.Entry, score));
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Service.Name, StringComparer.Ordinal).Take(max).ToList();
    }

    private double Best(Dictionary<string, double> match, HashSet<string> words)
    {
        var best = 0.0;
        foreach (var (word, closeness) in match)
        {
            if (closeness * rarity[word] > best && words.Contains(word))
            {
                best = closeness * rarity[word];
            }
        }

        return best;
    }

    private Dictionary<string, double> MatchesFor(string queryWord)
    {
        var found = new Dictionary<string, double>();
        var allowed = queryWord.Length switch { < 4 => 0, < 7 => 1, _ => 2 };
        foreach (var word in Vocabulary)
        {
            if (word == queryWord)
            {
                found[word] = 1;
            }
            else if (queryWord.Length >= 3 && word.StartsWith(queryWord, StringComparison.Ordinal)
                && (queryWord.Length >= 4 || word.Length == queryWord.Length + 1))
            {
                // A word cut short ("bil", "colect" typed before finishing): a missing last letter is almost a match.
                found[word] = word.Length == queryWord.Length + 1 ? 0.8 : 0.7;
            }
            else if (allowed > 0 && Math.Abs(word.Length - queryWord.Length) <= allowed && word[0] == queryWord[0]
                && Distance.Distance(word, queryWord) is var d && d <= allowed)
            {
                found[word] = 0.9 - (0.1 * d);
            }
        }

        return found;
    }

    private sealed record IndexedService(
        ServiceEntry Entry, HashSet<string> NameWords, HashSet<string> KeywordWords, HashSet<string> SummaryWords, string[][] Phrases)
    {
        public IEnumerable<string> AllWords => NameWords.Concat(KeywordWords).Concat(SummaryWords).Distinct();

        public static IndexedService From(ServiceEntry entry)
        {
            var phrases = entry.Keywords.Select(k => SearchText.Words(k).ToArray()).Where(p => p.Length > 0).ToArray();
            return new IndexedService(entry, [.. SearchText.Words(entry.Name)], [.. phrases.SelectMany(p => p)],
                [.. SearchText.Words(entry.Summary)], phrases);
        }
    }
}

/// <summary>Builds an index straight from a catalogue file, without a database (tests and benchmarks).</summary>
public static class CatalogueIndexFromDocument
{
    public static CatalogueIndex Build(Seed.CatalogueDocument document) =>
        new(document.Needs.OrderBy(n => n.Order).Select(n => new NeedEntry(n.Code, n.Name, n.Summary ?? "", document.Services
            .Where(s => s.Need == n.Code)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new ServiceEntry(s.Code, s.Name, s.Summary ?? "", s.Keywords ?? [], n.Code, n.Name,
                (s.Timescales?.FirstOrDefault(t => t.Channel == "web") ?? s.Timescales?.FirstOrDefault(t => t.Channel == "*"))?.ResolveWorkingDays ?? 10))
            .ToList())).ToList());
}
