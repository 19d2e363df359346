using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>The first step of staff sign-in: email address and password (or the council's identity provider).</summary>
[AllowAnonymous]
public sealed class IndexModel(StaffSignIn signIn, PendingSignIn pending, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool OfferIdentityProvider => StaffOpenIdConnect.IsConfigured(configuration);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var checkedPassword = await signIn.CheckPassword(HttpContext, Email, Password);
        if (!checkedPassword.Succeeded)
        {
            ModelState.AddModelError(checkedPassword.Error!.Field ?? "email", checkedPassword.Error.Message);
            Password = null;
            return Page();
        }

        var step = checkedPassword.Value;
        switch (step.Next)
        {
            case StaffSignIn.Next.EnterCode:
                pending.Start(HttpContext, step.AccountId, step.Next);
                return RedirectToPage("Code", new { returnUrl });
            case StaffSignIn.Next.SetUpAuthenticator:
                pending.Start(HttpContext, step.AccountId, step.Next);
                return RedirectToPage("Authenticator", new { returnUrl });
            default:
                return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/staff", StringComparison.Ordinal) ? returnUrl : "/staff");
        }
    }
}
