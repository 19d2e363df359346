using System.Text.RegularExpressions;

namespace FrontDoor.Web.Features.Notifications.Templates;

/// <summary>
/// Warns when a template is hard to read: Flesch reading ease below 60 (GOV.UK aims for a reading age of 9; 60 to 70 is
/// "plain English"), sentences over 25 words, and words the GOV.UK style guide asks writers to avoid. Warnings, not
/// errors: the person editing decides. Flesch is defined for English only, so other languages get the sentence-length check.
/// </summary>
public static partial class Readability
{
    public const double PlainEnglishScore = 60;
    public const int LongSentenceWords = 25;

    /// <summary>From GOV.UK's "words to avoid" list, plus council phrases that put people off.</summary>
    public static IReadOnlyList<string> WordsToAvoid { get; } =
    [
        "agenda", "advancing", "collaborate", "combat", "commit", "pledge", "countering", "deliver", "deploy", "dialogue",
        "disincentivise", "drive out", "empower", "facilitate", "focusing", "foster", "going forward", "impact",
        "incentivise", "initiate", "key", "land", "leverage", "liaise", "overarching", "progress", "promote", "robust",
        "slimming down", "streamline", "strengthening", "tackling", "transforming", "utilise", "in due course",
        "forthwith", "hereby", "aforementioned", "notwithstanding", "pursuant", "please be advised", "prior to",
        "whilst", "expedite", "henceforth", "herewith", "endeavour", "in receipt of",
    ];

    public sealed record Report(double? FleschReadingEase, int Sentences, int Words, IReadOnlyList<string> Warnings)
    {
        public bool IsEasyToRead => Warnings.Count == 0;
    }

    [GeneratedRegex(@"\(\([a-z_]+\)\)")]
    private static partial Regex Slot();

    [GeneratedRegex(@"[\p{L}\p{M}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?।]+|\n\s*\n|:\s*\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    public static Report Check(string text, string language = "en")
    {
        // Placeholders are read as one short word each ("it"), so they neither help nor hurt the score.
        var plain = Slot().Replace(text, "it");
        var sentences = SentenceEnd().Split(plain).Select(s => Word().Matches(s).Select(m => m.Value).ToList()).Where(w => w.Count > 0).ToList();
        var words = sentences.SelectMany(s => s).ToList();
        var warnings = new List<string>();
        double? score = null;
        if (words.Count == 0)
        {
            return new Report(null, 0, 0, warnings);
        }

        if (language == "en")
        {
            var syllables = words.Sum(Syllables);
            score = Math.Round(206.835 - (1.015 * words.Count / sentences.Count) - (84.6 * syllables / words.Count), 1);
            if (score < PlainEnglishScore)
            {
                warnings.Add($"This is hard to read (Flesch reading ease {score:0}; aim for {PlainEnglishScore:0} or more). Use shorter sentences and shorter words");
            }

            var lower = " " + string.Join(' ', words).ToLowerInvariant() + " ";
            foreach (var avoid in WordsToAvoid.Where(a => lower.Contains(" " + a + " ", StringComparison.Ordinal)))
            {
                warnings.Add($"Avoid \"{avoid}\": say what you mean in plain words (GOV.UK style guide, words to avoid)");
            }
        }

        var longest = sentences.Max(s => s.Count);
        if (longest > LongSentenceWords)
        {
            warnings.Add($"One sentence has {longest} words. Keep sentences to {LongSentenceWords} words or fewer");
        }

        return new Report(score, sentences.Count, words.Count, warnings);
    }

    /// <summary>Vowel groups, less a silent final e; at least one. Good enough to rank texts, as Flesch needs.</summary>
    internal static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Trim('\'');
        if (w.Length <= 3)
        {
            return 1;
        }

        var count = VowelGroup().Matches(w).Count;
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }

        return Math.Max(1, count);
    }
}
