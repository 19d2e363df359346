using System.Security.Cryptography;
using FrontDoor.Domain.Results;

namespace FrontDoor.Domain.References;

/// <summary>
/// A reference a resident can read over the phone: nine characters in three groups, e.g. <c>K7M-4QP-X9Y</c>.
/// The alphabet leaves out the characters people confuse when reading or hearing them (0/O, 1/I/L) and U.
/// The last character is a Luhn mod-N check character, so any single mistyped character is rejected rather than finding
/// someone else's request, and so is a swap of two neighbouring characters, except '2' and 'Z' (the first and last of the
/// alphabet), which Luhn mod N cannot tell apart when swapped: about 1 swap in 400 of random references.
/// </summary>
public readonly record struct RequestReference
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int BodyLength = 8;

    private RequestReference(string value) => Value = value;

    /// <summary>The canonical form: upper case, no separators, e.g. <c>K7M4QPX9Y</c>.</summary>
    public string Value { get; }

    /// <summary>A new random reference. Uniqueness is enforced by the database; callers retry on the rare clash.</summary>
    public static RequestReference NewReference()
    {
        Span<char> body = stackalloc char[BodyLength];
        for (var i = 0; i < BodyLength; i++)
        {
            body[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var text = new string(body);
        return new RequestReference(text + CheckCharacter(text));
    }

    /// <summary>
    /// Reads what a person typed: case, spaces and hyphens do not matter; an unknown character or a wrong
    /// check character is refused in plain words.
    /// </summary>
    public static Result<RequestReference> Parse(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return Result<RequestReference>.Failure("Enter a reference", "reference");
        }

        var cleaned = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
        if (cleaned.Length != BodyLength + 1)
        {
            return Result<RequestReference>.Failure("Enter a reference in the format shown in your confirmation, like K7M-4QP-X9Y", "reference");
        }

        if (cleaned.FirstOrDefault(c => !Alphabet.Contains(c)) is var bad && bad != default(char))
        {
            return Result<RequestReference>.Failure(
                $"A reference never contains '{bad}'. Check the reference and try again", "reference");
        }

        if (CheckCharacter(cleaned[..BodyLength]) != cleaned[BodyLength])
        {
            return Result<RequestReference>.Failure("Check the reference: one of its characters is not right", "reference");
        }

        return new RequestReference(cleaned);
    }

    public static bool IsValid(string? typed) => Parse(typed).Succeeded;

    /// <summary>For reading aloud and printing: <c>K7M-4QP-X9Y</c>.</summary>
    public string Display => Value is null ? "" : $"{Value[..3]}-{Value[3..6]}-{Value[6..]}";

    public override string ToString() => Display;

    /// <summary>Luhn mod N over the alphabet (N = 30).</summary>
    internal static char CheckCharacter(string body)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(body[i]);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        var remainder = sum % n;
        return Alphabet[(n - remainder) % n];
    }
}
