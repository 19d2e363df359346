namespace FrontDoor.Linkage.Text;

/// <summary>Cheap "one keying mistake apart" tests used for identifiers (postcodes, NI numbers, phone numbers).</summary>
public static class EditDistance
{
    /// <summary>
    /// True when the strings differ by exactly one substitution, insertion, deletion or swap of two neighbouring
    /// characters (Damerau-Levenshtein distance 1). Equal strings are not "one apart".
    /// </summary>
    public static bool OneApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var start = 0;
        while (start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length == b.Length)
        {
            if (start == a.Length)
            {
                return false;
            }

            // Substitution at start, or a swap of start and start+1.
            if (a[(start + 1)..].SequenceEqual(b[(start + 1)..]))
            {
                return true;
            }

            return start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start]
                && a[(start + 2)..].SequenceEqual(b[(start + 2)..]);
        }

        // One extra character in a at position start.
        return a[(start + 1)..].SequenceEqual(b[start..]);
    }
}
