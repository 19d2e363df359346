using System.Text.RegularExpressions;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>Checks and tidies postcodes, email addresses and phone numbers, with the Design System's error wording.</summary>
public static partial class ContactDetailsRules
{
    public const string PostcodeError = "Enter a real postcode";
    public const string EmailError = "Enter an email address in the correct format, like name@example.com";
    public const string PhoneError = "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";

    /// <summary>"e14 2bg" → "E14 2BG"; null when it is not a UK postcode.</summary>
    public static string? Postcode(string? typed)
    {
        var compact = (typed ?? "").Replace(" ", "").ToUpperInvariant();
        return PostcodePattern().IsMatch(compact) ? compact[..^3] + " " + compact[^3..] : null;
    }

    public static bool IsEmail(string? typed) => typed is { Length: <= 320 } && EmailPattern().IsMatch(typed.Trim());

    /// <summary>Digits in UK national form (07700900123), as <see cref="Customers.Customer.Phone"/> stores them; null when not a phone number.</summary>
    public static string? Phone(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => char.IsDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("+44", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        return digits.Length is >= 10 and <= 11 && digits[0] == '0' && digits.All(char.IsDigit) ? digits : null;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
