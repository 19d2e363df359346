namespace FrontDoor.Linkage.Text;

/// <summary>
/// American Soundex (letter + three digits), used only to put names that sound alike into the same blocking group;
/// the comparison itself uses Jaro-Winkler and the equivalence tables.
/// </summary>
public static class Soundex
{
    private const string Codes = "01230120022455012623010202"; // a..z

    public static string Encode(ReadOnlySpan<char> name)
    {
        Span<char> code = stackalloc char[4];
        var length = 0;
        var previous = '\0';
        foreach (var c in name)
        {
            if (c < 'a' || c > 'z')
            {
                continue;
            }

            var digit = Codes[c - 'a'];
            if (length == 0)
            {
                code[length++] = char.ToUpperInvariant(c);
                previous = digit;
                continue;
            }

            if (c is 'h' or 'w')
            {
                continue;
            }

            if (digit != '0' && digit != previous)
            {
                code[length++] = digit;
                if (length == 4)
                {
                    break;
                }
            }

            previous = digit;
        }

        if (length == 0)
        {
            return string.Empty;
        }

        while (length < 4)
        {
            code[length++] = '0';
        }

        return new string(code);
    }
}
