using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Account;

/// <summary>Choose a new password from the emailed link. A used or expired link is refused in plain words.</summary>
public sealed class ResetPasswordModel(UserManager<ResidentAccount> users, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Account { get; set; }

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    [BindProperty] public string? Password { get; set; }

    public bool Done { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password) || Password.Length < ResidentIdentity.Options.Password.RequiredLength)
        {
            ModelState.AddModelError("password", text["Your password must be at least 10 characters long"]);
            return Page();
        }

        var account = await users.FindByIdAsync(Account.ToString());
        var reset = account is null || Code is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(account, Code, Password);
        if (!reset.Succeeded)
        {
            ModelState.AddModelError("password", text["This link has expired or has already been used. Ask for a new one"]);
            return Page();
        }

        Done = true;
        return Page();
    }
}
