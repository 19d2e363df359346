using System.Text;
using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// The fields of a query string or a form-encoded body, decoded strictly: bytes that are not valid UTF-8, NUL and
/// other control characters (except tab and line breaks) are refused rather than silently replaced, because they
/// would either corrupt a stored description or make an XML response impossible to write.
/// </summary>
public sealed class Open311Input(IReadOnlyList<KeyValuePair<string, string>> fields)
{
    /// <summary>Enough for a 4,000-character description of 4-byte characters, percent-encoded, and its attributes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyList<KeyValuePair<string, string>> Fields => fields;

    public static Open311Input Empty { get; } = new([]);

    /// <summary>The first value of a field, or null when it is absent or blank (the spec treats those alike).</summary>
    public string? Get(string name)
    {
        foreach (var (key, value) in fields)
        {
            if (key == name)
            {
                return string.IsNullOrWhiteSpace(value) ? null : value;
            }
        }

        return null;
    }

    public bool Has(string name) => fields.Any(f => f.Key == name);

    /// <summary>Comma-separated values, and the field repeated, both count.</summary>
    public List<string> List(string name) =>
        fields.Where(f => f.Key == name)
            .SelectMany(f => f.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    /// <summary>
    /// Decodes <c>application/x-www-form-urlencoded</c> bytes (also a raw query string without its '?'). Percent
    /// escapes and raw bytes alike must make valid UTF-8.
    /// </summary>
    public static Result<Open311Input> Parse(ReadOnlySpan<byte> encoded)
    {
        var fields = new List<KeyValuePair<string, string>>();
        while (encoded.Length > 0)
        {
            var end = encoded.IndexOf((byte)'&');
            var part = end < 0 ? encoded : encoded[..end];
            encoded = end < 0 ? [] : encoded[(end + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf((byte)'=');
            var key = Decode(equals < 0 ? part : part[..equals]);
            var value = Decode(equals < 0 ? [] : part[(equals + 1)..]);
            if (key is null || value is null)
            {
                return Result<Open311Input>.Failure("The request is not valid UTF-8 form data");
            }

            if (HasControlCharacters(key) || HasControlCharacters(value))
            {
                return Result<Open311Input>.Failure($"The field '{Printable(key)}' contains a NUL or other control character");
            }

            fields.Add(new(key, value));
        }

        return new Open311Input(fields);
    }

    public static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || c == 0x7F)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Decode(ReadOnlySpan<byte> text)
    {
        var bytes = new byte[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b == (byte)'+')
            {
                bytes[length++] = (byte)' ';
            }
            else if (b == (byte)'%' && i + 2 < text.Length && IsHex((char)text[i + 1]) && IsHex((char)text[i + 2]))
            {
                bytes[length++] = (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
                i += 2;
            }
            else
            {
                bytes[length++] = b;
            }
        }

        try
        {
            return Strict.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static string Printable(string key) => new(key.Where(c => !char.IsControl(c)).Take(60).ToArray());
}
