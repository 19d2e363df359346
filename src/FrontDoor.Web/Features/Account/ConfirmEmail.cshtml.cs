using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Account;

/// <summary>The link from the confirmation email.</summary>
public sealed class ConfirmEmailModel(UserManager<ResidentAccount> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid account, string? code)
    {
        Response.Headers.CacheControl = "no-store";
        if (code is not null && await users.FindByIdAsync(account.ToString()) is { } found)
        {
            Confirmed = (await users.ConfirmEmailAsync(found, code)).Succeeded;
        }
    }
}
