using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Account;

/// <summary>Sign in with email and password. Failures say the same thing whether or not the email has an account.</summary>
public sealed class SignInModel(UserManager<ResidentAccount> users, SignInManager<ResidentAccount> signIn, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    [BindProperty] public string? Password { get; set; }

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email)) { ModelState.AddModelError("email", text["Enter your email address"]); }
        if (string.IsNullOrEmpty(Password)) { ModelState.AddModelError("password", text["Enter your password"]); }
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var account = await users.FindByEmailAsync(Email!.Trim());
        var result = account is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(account, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ResidentLinks.SafeReturn(ReturnUrl));
        }

        ModelState.AddModelError("email", result.IsLockedOut
            ? text["You have entered the wrong password too many times. Wait 15 minutes, or reset your password"]
            : text["The email address or password is not right. Check them and try again"]);
        return Page();
    }
}
