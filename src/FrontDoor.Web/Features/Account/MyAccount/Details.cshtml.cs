using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests.Portal;
using FrontDoor.Web.Features.Shared;
using FrontDoor.Web.Infrastructure.Database;
using FrontDoor.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Account.MyAccount;

/// <summary>
/// Tell us once: the resident's details live on their customer record, which every service and channel reads. A new
/// email address must be confirmed again before it is trusted.
/// </summary>
[Authorize]
public sealed class DetailsModel(FrontDoorDb db, UserManager<ResidentAccount> users, IResidentEmails emails, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? AddressLine { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string PreferredLanguage { get; set; } = "en";
    [BindProperty] public string PreferredChannel { get; set; } = "email";
    [BindProperty] public string? AccessibilityNeeds { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Customer(cancellationToken) is not { } c)
        {
            return NotFound();
        }

        (FirstName, LastName, Email, Phone, AddressLine, Postcode) = (c.FirstName, c.LastName, c.Email, c.Phone, c.AddressLine, c.Postcode);
        (PreferredLanguage, PreferredChannel, AccessibilityNeeds) = (c.PreferredLanguage, c.PreferredChannel, c.AccessibilityNeeds);
        Saved = TempData["saved"] is true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await Customer(cancellationToken) is not { } customer)
        {
            return NotFound();
        }

        var phone = string.IsNullOrWhiteSpace(Phone) ? null : ContactDetailsRules.Phone(Phone);
        var postcode = string.IsNullOrWhiteSpace(Postcode) ? null : ContactDetailsRules.Postcode(Postcode);
        if (string.IsNullOrWhiteSpace(FirstName)) { ModelState.AddModelError("firstName", text["Enter your first name"]); }
        if (string.IsNullOrWhiteSpace(LastName)) { ModelState.AddModelError("lastName", text["Enter your last name"]); }
        if (!ContactDetailsRules.IsEmail(Email)) { ModelState.AddModelError("email", text[ContactDetailsRules.EmailError]); }
        if (!string.IsNullOrWhiteSpace(Phone) && phone is null) { ModelState.AddModelError("phone", text[ContactDetailsRules.PhoneError]); }
        if (!string.IsNullOrWhiteSpace(Postcode) && postcode is null) { ModelState.AddModelError("postcode", text[ContactDetailsRules.PostcodeError]); }
        if (!Languages.Cultures.ContainsKey(PreferredLanguage)) { ModelState.AddModelError("preferredLanguage", text["Select a language"]); }
        if (PreferredChannel is not ("email" or "sms" or "letter")) { ModelState.AddModelError("preferredChannel", text["Select how you would like us to contact you"]); }
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        customer.FirstName = FirstName!.Trim();
        customer.LastName = LastName!.Trim();
        customer.Phone = phone;
        customer.AddressLine = string.IsNullOrWhiteSpace(AddressLine) ? null : AddressLine.Trim();
        customer.Postcode = postcode;
        customer.PreferredLanguage = PreferredLanguage;
        customer.PreferredChannel = PreferredChannel;
        customer.AccessibilityNeeds = string.IsNullOrWhiteSpace(AccessibilityNeeds) ? null : AccessibilityNeeds.Trim();
        var newEmail = Email!.Trim();
        if (!string.Equals(newEmail, customer.Email, StringComparison.OrdinalIgnoreCase) && await users.GetUserAsync(User) is { } account)
        {
            var changed = await users.SetEmailAsync(account, newEmail);
            if (!changed.Succeeded)
            {
                ModelState.AddModelError("email", text["An account already exists for this email address. Sign in or reset your password"]);
                return Page();
            }

            var token = await users.GenerateEmailConfirmationTokenAsync(account);
            await emails.SendEmailConfirmation(newEmail, ResidentLinks.ConfirmEmail(HttpContext, account.Id, token), PreferredLanguage, cancellationToken);
        }

        customer.Email = newEmail;
        await db.SaveChangesAsync(cancellationToken);
        Response.Cookies.Append(Languages.CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Languages.Cultures[PreferredLanguage])),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = Request.IsHttps });
        TempData["saved"] = true;
        return Redirect("/account/details");
    }

    private Task<Customer?> Customer(CancellationToken cancellationToken)
    {
        var id = ResidentClaims.CustomerIdOf(User);
        return db.Set<Customer>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }
}
