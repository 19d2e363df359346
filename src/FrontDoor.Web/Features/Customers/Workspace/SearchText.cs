using System.Globalization;
using System.Text;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// How names, phone numbers, postcodes and addresses are normalised for search, the same way when a record is saved
/// and when an advisor types: so "07700 900 123", "+44 7700 900123" and "07700900123" are one number.
/// </summary>
public static class SearchText
{
    /// <summary>Lower case letters only, accents removed: "O'Brien-Smith" → "obriensmith", "Zoë" → "zoe".</summary>
    public static string Letters(string? text) => Keep(text, char.IsLetter, space: false);

    /// <summary>Lower case letters and digits with single spaces: "12, High St." → "12 high st".</summary>
    public static string Words(string? text) => Keep(text, char.IsLetterOrDigit, space: true);

    /// <summary>UK national form, digits only: "+44 (0)7700 900123" → "07700900123".</summary>
    public static string Phone(string? text)
    {
        var digits = new string((text ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("0044", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.StartsWith("44", StringComparison.Ordinal) && digits.Length >= 12)
        {
            digits = digits[2..];
        }
        else
        {
            return digits;
        }

        // "+44 (0)7700..." leaves the trunk 0 in place; otherwise put it back.
        return digits.StartsWith('0') ? digits : "0" + digits;
    }

    /// <summary>Upper case without spaces: "e14 2bg" → "E142BG".</summary>
    public static string Postcode(string? text) =>
        new((text ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>
    /// American Soundex of a surname (R + 3 digits), so that "Smyth", "Smith" and "Smithe" meet in one indexed key and a
    /// typo after the first letter still finds the person.
    /// </summary>
    public static string Soundex(string? name)
    {
        var letters = Letters(name);
        if (letters.Length == 0 || !char.IsAsciiLetterLower(letters[0]))
        {
            return "";
        }

        var code = new StringBuilder().Append(char.ToUpperInvariant(letters[0]));
        var last = Digit(letters[0]);
        foreach (var letter in letters.Skip(1))
        {
            var digit = Digit(letter);
            if (digit != '0' && digit != last)
            {
                code.Append(digit);
                if (code.Length == 4)
                {
                    break;
                }
            }

            // h and w do not separate letters with the same code; vowels do.
            if (letter is not ('h' or 'w'))
            {
                last = digit;
            }
        }

        return code.ToString().PadRight(4, '0');
    }

    private static char Digit(char letter) => letter switch
    {
        'b' or 'f' or 'p' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        _ => '0',
    };

    private static string Keep(string? text, Func<char, bool> keep, bool space)
    {
        var folded = (text ?? "").Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (keep(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (space && char.IsWhiteSpace(c) && result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().Trim();
    }
}
