using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>Ends the staff session (a post, so another site cannot sign staff out with a link).</summary>
[AllowAnonymous]
public sealed class SignOutModel(AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await HttpContext.AuthenticateAsync(AuthRegistration.StaffScheme);
        if (result.Principal is { } principal && StaffUser.From(principal) is { } user)
        {
            await audit.SignedOut(user);
        }

        await HttpContext.SignOutAsync(AuthRegistration.StaffScheme);
        return RedirectToPage("Index");
    }
}
