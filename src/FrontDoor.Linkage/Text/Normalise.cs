using System.Globalization;
using System.Text;

namespace FrontDoor.Linkage.Text;

/// <summary>
/// Puts each field into the one form the comparisons use. Every method returns null for a value that carries no
/// information (empty, only punctuation, a placeholder such as "unknown").
/// </summary>
public static class Normalise
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "unknown", "not known", "notknown", "na", "n a", "none", "null", "nil", "tbc", "xxx", "x",
    };

    /// <summary>Lower case, accents removed, letters only; hyphens and spaces become one space; apostrophes vanish.</summary>
    public static string? Name(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in FoldAccents(text))
        {
            if (char.IsLetter(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' or '.' or ',' or '_' or '/')
            {
                space = true;
            }
        }

        var name = builder.ToString();
        return name.Length == 0 || Placeholders.Contains(name) ? null : name;
    }

    /// <summary>Lower case letters and digits; punctuation becomes a space; common street words are spelled out.</summary>
    public static string? Address(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in FoldAccents(text))
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (StreetWords.TryGetValue(words[i], out var full))
            {
                words[i] = full;
            }
        }

        var address = string.Join(' ', words);
        return address.Length == 0 || Placeholders.Contains(address) ? null : address;
    }

    /// <summary>Upper case without spaces; for a UK postcode also its sector ("E1 6") and district ("E1").</summary>
    public static Postcode? Postcode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        var full = builder.ToString();
        if (full.Length == 0)
        {
            return null;
        }

        if (IsUkPostcode(full))
        {
            var outward = full[..^3];
            return new Postcode(full, outward + " " + full[^3], outward);
        }

        return new Postcode(full, null, null);
    }

    /// <summary>Digits only, with +44 / 0044 turned into a leading 0; a mobile is a UK number starting 07.</summary>
    public static string? Phone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        var digits = builder.ToString();
        if (text.TrimStart().StartsWith('+') && digits.StartsWith("44", StringComparison.Ordinal))
        {
            digits = Trunk(digits[2..]);
        }
        else if (digits.StartsWith("0044", StringComparison.Ordinal))
        {
            digits = Trunk(digits[4..]);
        }

        return digits.Length < 6 || digits.Distinct().Count() == 1 ? null : digits;
    }

    /// <summary>The national number with its leading 0, whether or not it was written "+44 (0)20 ...".</summary>
    private static string Trunk(string national) => national.StartsWith('0') ? national : "0" + national;

    public static bool IsMobile(string phone) => phone.StartsWith("07", StringComparison.Ordinal);

    /// <summary>Lower case, trimmed; null unless it has one @ with something either side.</summary>
    public static string? Email(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var email = text.Trim().ToLowerInvariant();
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Contains(' ') ? email : null;
    }

    /// <summary>Upper case letters and digits, no spaces. Whether it must look like an NI number is the caller's choice.</summary>
    public static string? Identifier(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>
    /// HMRC's format for a National Insurance number: two prefix letters (D, F, I, Q, U, V never used; O not second;
    /// BG, GB, KN, NK, NT, TN, ZZ never issued), six digits, and a suffix A-D (often left off in legacy systems).
    /// </summary>
    public static bool IsNiNumber(string identifier)
    {
        if (identifier.Length is not (8 or 9))
        {
            return false;
        }

        const string notFirst = "DFIQUV";
        const string notSecond = "DFIQUVO";
        var first = identifier[0];
        var second = identifier[1];
        if (!char.IsAsciiLetterUpper(first) || !char.IsAsciiLetterUpper(second) || notFirst.Contains(first) || notSecond.Contains(second))
        {
            return false;
        }

        if (identifier[..2] is "BG" or "GB" or "KN" or "NK" or "NT" or "TN" or "ZZ")
        {
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(identifier[i]))
            {
                return false;
            }
        }

        return identifier.Length == 8 || identifier[8] is >= 'A' and <= 'D';
    }

    /// <summary>A UPRN is a whole number of up to 12 digits (OS AddressBase); anything else is not one.</summary>
    public static long? Uprn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= 12 && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var uprn) && uprn > 0 ? uprn : null;
    }

    private static bool IsUkPostcode(string full)
    {
        // A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA (without the space).
        if (full.Length is < 5 or > 7)
        {
            return false;
        }

        var inward = full.AsSpan(full.Length - 3);
        if (!char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2]))
        {
            return false;
        }

        var outward = full.AsSpan(0, full.Length - 3);
        if (!char.IsAsciiLetter(outward[0]))
        {
            return false;
        }

        var i = char.IsAsciiLetter(outward[1]) ? 2 : 1;
        if (i >= outward.Length || !char.IsAsciiDigit(outward[i]))
        {
            return false;
        }

        return outward.Length - i <= 2;
    }

    private static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly Dictionary<string, string> StreetWords = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["rd"] = "road", ["ave"] = "avenue", ["av"] = "avenue", ["ln"] = "lane", ["dr"] = "drive",
        ["ct"] = "court", ["cres"] = "crescent", ["cl"] = "close", ["gdns"] = "gardens", ["pl"] = "place",
        ["sq"] = "square", ["tce"] = "terrace", ["ter"] = "terrace", ["hse"] = "house", ["ho"] = "house",
        ["blk"] = "block", ["apt"] = "flat", ["apartment"] = "flat", ["grn"] = "green", ["pk"] = "park",
        ["est"] = "estate", ["wy"] = "way", ["mt"] = "mount", ["nth"] = "north", ["sth"] = "south",
    };
}

/// <summary>A postcode without spaces; for UK postcodes also the sector ("E1 6") and district ("E1").</summary>
public sealed record Postcode(string Full, string? Sector, string? District);
