using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Portal;
using FrontDoor.Web.Features.Shared;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Account;

/// <summary>
/// Creates an account and its customer record, signs the resident in and asks them to confirm their email. A request
/// they have just sent from this browser (the journey draft) is added to the new account; nothing is matched by email,
/// because an unconfirmed address proves nothing.
/// </summary>
public sealed class RegisterModel(
    FrontDoorDb db, UserManager<ResidentAccount> users, SignInManager<ResidentAccount> signIn, CurrentCouncil council,
    JourneyStore journeys, IResidentEmails emails, TimeProvider time, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty] public string? FirstName { get; set; }

    [BindProperty] public string? LastName { get; set; }

    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? Password { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(FirstName)) { ModelState.AddModelError("firstName", text["Enter your first name"]); }
        if (string.IsNullOrWhiteSpace(LastName)) { ModelState.AddModelError("lastName", text["Enter your last name"]); }
        if (string.IsNullOrWhiteSpace(Email)) { ModelState.AddModelError("email", text["Enter your email address"]); }
        else if (!ContactDetailsRules.IsEmail(Email)) { ModelState.AddModelError("email", text[ContactDetailsRules.EmailError]); }
        if (string.IsNullOrEmpty(Password) || Password.Length < ResidentIdentity.Options.Password.RequiredLength)
        {
            ModelState.AddModelError("password", text["Your password must be at least 10 characters long"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var profile = await council.GetAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var customer = new Customer
        {
            CouncilId = profile.Id, FirstName = FirstName!.Trim(), LastName = LastName!.Trim(), Email = Email!.Trim(),
            PreferredLanguage = ResidentLinks.Language, CreatedUtc = now,
        };
        var account = new ResidentAccount { CouncilId = profile.Id, CustomerId = customer.Id, Email = customer.Email, CreatedUtc = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        var created = await users.CreateAsync(account, Password!);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var duplicate = created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName));
            ModelState.AddModelError(duplicate ? "email" : "password", duplicate
                ? text["An account already exists for this email address. Sign in or reset your password"]
                : text["Choose a password that is harder to guess"]);
            return Page();
        }

        await AdoptJustSentRequest(customer.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        await emails.SendEmailConfirmation(account.Email!, ResidentLinks.ConfirmEmail(HttpContext, account.Id, token), ResidentLinks.Language, cancellationToken);
        await signIn.SignInAsync(account, isPersistent: false);
        TempData["account-created"] = true;
        return Redirect("/account");
    }

    private async Task AdoptJustSentRequest(Guid customerId, CancellationToken cancellationToken)
    {
        if (await journeys.Current(HttpContext, null, cancellationToken) is { SubmittedRequestId: { } requestId }
            && await db.Set<ServiceRequest>().FindAsync([requestId], cancellationToken) is { CustomerId: null } request)
        {
            request.CustomerId = customerId;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
