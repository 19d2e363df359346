using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Account;

/// <summary>Sends a reset link. The page says the same thing whether or not the address has an account.</summary>
public sealed class ForgotPasswordModel(UserManager<ResidentAccount> users, IResidentEmails emails, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError("email", text["Enter your email address"]);
            return Page();
        }

        if (await users.FindByEmailAsync(Email.Trim()) is { } account)
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            await emails.SendPasswordReset(account.Email!, ResidentLinks.ResetPassword(HttpContext, account.Id, token), ResidentLinks.Language, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
