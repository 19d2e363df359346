using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>Who a message goes to, on which channel, in which language.</summary>
public sealed record Recipient(string Channel, string Address, string? Name, string Language);

public static class Recipients
{
    /// <summary>
    /// The resident's preferred channel when FrontDoor can use it, then email, text, letter. A resident with no email
    /// or phone gets a letter. A guest who left no email or phone cannot be reached, so gets nothing.
    /// </summary>
    public static Recipient? For(ServiceRequest request, Customer? customer, bool smsAvailable)
    {
        if (customer is not null)
        {
            var language = Templates.DefaultTemplates.LanguageFor(customer.PreferredLanguage);
            var name = customer.FullName is { Length: > 0 } full ? full : null;
            var letter = LetterAddress(name, customer.AddressLine, customer.Postcode);
            var email = Blank(customer.Email) ?? Blank(request.ReporterEmail);
            var phone = Blank(customer.Phone) ?? Blank(request.ReporterPhone);
            var preferred = customer.PreferredChannel switch
            {
                MessageChannel.Email when email is not null => new Recipient(MessageChannel.Email, email, name, language),
                MessageChannel.Sms when phone is not null && smsAvailable => new Recipient(MessageChannel.Sms, phone, name, language),
                MessageChannel.Letter when letter is not null => new Recipient(MessageChannel.Letter, letter, name, language),
                _ => null,
            };
            return preferred
                ?? (email is not null ? new Recipient(MessageChannel.Email, email, name, language) : null)
                ?? (phone is not null && smsAvailable ? new Recipient(MessageChannel.Sms, phone, name, language) : null)
                ?? (letter is not null ? new Recipient(MessageChannel.Letter, letter, name, language) : null);
        }

        var reporter = Blank(request.ReporterName);
        if (Blank(request.ReporterEmail) is { } guestEmail)
        {
            return new Recipient(MessageChannel.Email, guestEmail, reporter, "en");
        }

        return Blank(request.ReporterPhone) is { } guestPhone && smsAvailable
            ? new Recipient(MessageChannel.Sms, guestPhone, reporter, "en")
            : null;
    }

    private static string? LetterAddress(string? name, string? addressLine, string? postcode) =>
        string.IsNullOrWhiteSpace(addressLine) || string.IsNullOrWhiteSpace(postcode)
            ? null
            : string.Join('\n', new[] { name, addressLine.Replace(", ", "\n", StringComparison.Ordinal), postcode }.Where(l => !string.IsNullOrWhiteSpace(l)));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
