using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Account;

/// <summary>Sign-out is a form post (with antiforgery), so another site cannot sign a resident out with a link.</summary>
public sealed class SignOutModel(SignInManager<ResidentAccount> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/account/sign-out");
    }
}
