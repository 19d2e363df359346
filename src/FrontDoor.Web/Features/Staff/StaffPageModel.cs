using FrontDoor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Staff;

/// <summary>
/// A page in a Workspace folder. The folder convention has already required the staff policy, so a staff user is
/// always present; the page then checks what the role and team allow.
/// </summary>
public abstract class StaffPageModel : PageModel
{
    public StaffUser Staff => StaffUser.From(User) ?? throw new InvalidOperationException("Workspace pages need the staff policy.");

    /// <summary>Shows the staff access-denied page (the resident scheme's would be the wrong one).</summary>
    protected IActionResult Forbidden() => Forbid(AuthRegistration.StaffScheme);

    /// <summary>Shows a handler's expected failure against its field, as the GOV.UK error summary expects.</summary>
    protected void ShowError(FrontDoor.Domain.Results.Error error, string fallbackField = "") =>
        ModelState.AddModelError(error.Field ?? fallbackField, error.Message);
}
