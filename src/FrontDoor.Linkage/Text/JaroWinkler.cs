namespace FrontDoor.Linkage.Text;

/// <summary>
/// Jaro-Winkler similarity (Winkler 1990), written for the comparison loop: no allocation for names up to 64
/// characters, and an early answer of 0 when the lengths alone put the score below the caller's floor.
/// </summary>
public static class JaroWinkler
{
    private const double PrefixScale = 0.1;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double floor = 0)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.SequenceEqual(b))
        {
            return 1;
        }

        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        // Best case every character of the shorter string matches with no transpositions and a 4-letter prefix:
        // if even that is below the floor, the pair cannot reach it.
        var bestJaro = (1.0 + (double)a.Length / b.Length + 1.0) / 3.0;
        if (bestJaro + 0.4 * (1 - bestJaro) < floor)
        {
            return 0;
        }

        if (floor > 0 && UpperBound(a, b) < floor)
        {
            return 0;
        }

        var window = Math.Max(0, (b.Length / 2) - 1);
        Span<bool> matchedA = a.Length <= 64 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 64 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2)) / m)) / 3.0;
        var prefix = 0;
        var limit = Math.Min(4, a.Length);
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    /// <summary>
    /// A cheap ceiling on the score: no more characters can match than those of the shorter string whose letter
    /// occurs in the longer one at all, and the prefix bonus is at most the common prefix. Most pairs of different
    /// names are ruled out here in one pass, without the quadratic matching.
    /// </summary>
    private static double UpperBound(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        ulong present = 0;
        foreach (var c in longer)
        {
            present |= 1UL << (c & 63);
        }

        var possible = 0;
        foreach (var c in shorter)
        {
            possible += (int)((present >> (c & 63)) & 1);
        }

        if (possible == 0)
        {
            return 0;
        }

        double m = possible;
        var jaro = ((m / shorter.Length) + (m / longer.Length) + 1.0) / 3.0;
        var prefix = 0;
        var limit = Math.Min(4, shorter.Length);
        while (prefix < limit && shorter[prefix] == longer[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }
}
