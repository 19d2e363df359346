using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>
/// First sign-in of someone who must use two-factor sign-in (administrators): set up an authenticator app by typing
/// in the key (or pasting the otpauth:// address), then prove it works with a code.
/// </summary>
[AllowAnonymous]
public sealed class AuthenticatorModel(StaffSignIn signIn, PendingSignIn pending, UserManager<StaffAccount> users) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public string Key { get; private set; } = "";

    public string KeyUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await Load() ? Page() : RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (!await Load())
        {
            return RedirectToPage("Index");
        }

        var result = await signIn.Enrol(HttpContext, pending.Read(HttpContext, StaffSignIn.Next.SetUpAuthenticator)!.Value, Code);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("code", result.Error!.Message);
            return Page();
        }

        pending.End(HttpContext);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/staff", StringComparison.Ordinal) ? returnUrl : "/staff");
    }

    private async Task<bool> Load()
    {
        if (pending.Read(HttpContext, StaffSignIn.Next.SetUpAuthenticator) is not { } accountId
            || await users.FindByIdAsync(accountId.ToString()) is not { } account
            || await signIn.AuthenticatorKey(accountId) is not { } key)
        {
            return false;
        }

        Key = key;
        KeyUri = StaffSignIn.AuthenticatorUri("Thameside staff", account.Email ?? "", key);
        return true;
    }
}
