using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Shared;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>Guests only: how we tell them about progress. An email address or a phone number; a name is optional.</summary>
public sealed class ContactModel(FrontDoorDb db, JourneyStore store, CurrentCouncil council, IStringLocalizer<SiteText> text)
    : JourneyPageModel(db, store, council)
{
    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        if (SignedIn)
        {
            return Redirect(Href(CheckStep));
        }

        (FullName, Email, Phone) = (Draft.ReporterName, Draft.ReporterEmail, Draft.ReporterPhone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var phone = string.IsNullOrWhiteSpace(Phone) ? null : ContactDetailsRules.Phone(Phone);
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
        {
            ModelState.AddModelError("email", text["Enter an email address or a phone number so we can tell you about progress"]);
        }
        else if (!string.IsNullOrWhiteSpace(Email) && !ContactDetailsRules.IsEmail(Email))
        {
            ModelState.AddModelError("email", text[ContactDetailsRules.EmailError]);
        }

        if (!string.IsNullOrWhiteSpace(Phone) && phone is null)
        {
            ModelState.AddModelError("phone", text[ContactDetailsRules.PhoneError]);
        }

        if (FullName is { Length: > 200 })
        {
            ModelState.AddModelError("fullName", text["Your name must be 200 characters or fewer"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        Draft.ReporterName = FullName?.Trim();
        Draft.ReporterEmail = Email?.Trim();
        Draft.ReporterPhone = phone;
        await Store.Save(cancellationToken);
        return NextAfter(ContactStep);
    }
}
