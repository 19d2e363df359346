using System.Text;

namespace FrontDoor.Web.Features.Catalogue.Search;

/// <summary>
/// Turns what a resident typed into comparable words: lower case, apostrophes dropped ("wasn't" → "wasnt"), other
/// punctuation as spaces, filler words removed, and a light stemming so "bins" meets "bin" and "collected" meets
/// "collect". Deliberately simple: the catalogue's keywords carry the real vocabulary.
/// </summary>
public static class SearchText
{
    private static readonly HashSet<string> FillerWords =
    [
        "a", "an", "the", "my", "our", "your", "i", "im", "ive", "me", "we", "is", "was", "wasnt", "isnt", "has", "hasnt",
        "have", "havent", "been", "be", "it", "its", "in", "on", "at", "of", "to", "for", "and", "or", "with", "there",
        "theres", "this", "that", "please", "how", "do", "does", "did", "can", "want", "need", "about", "from", "by", "again",
    ];

    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FillerWords.Contains(w))
            .Select(Stem)
            .ToList();
    }

    /// <summary>A few English suffixes, only on words long enough that the stem still means something.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.Length > 4 && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
