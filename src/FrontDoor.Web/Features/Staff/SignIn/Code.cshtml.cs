using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>The second step: the 6-digit code from the staff member's authenticator app.</summary>
[AllowAnonymous]
public sealed class CodeModel(StaffSignIn signIn, PendingSignIn pending) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public IActionResult OnGet() =>
        pending.Read(HttpContext, StaffSignIn.Next.EnterCode) is null ? RedirectToPage("Index") : Page();

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (pending.Read(HttpContext, StaffSignIn.Next.EnterCode) is not { } accountId)
        {
            return RedirectToPage("Index");
        }

        var result = await signIn.CheckCode(HttpContext, accountId, Code);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("code", result.Error!.Message);
            return Page();
        }

        pending.End(HttpContext);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/staff", StringComparison.Ordinal) ? returnUrl : "/staff");
    }
}
