using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Staff.Workspace;

/// <summary>A staff member's own account: turn on two-factor sign-in (optional for every role but administrator).</summary>
public sealed class AccountModel(UserManager<StaffAccount> users, Infrastructure.Database.FrontDoorDb db) : StaffPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public bool TwoFactorOn { get; private set; }

    public string? Key { get; private set; }

    public string? KeyUri { get; private set; }

    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await Load();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await Load();
        if (account is null || TwoFactorOn)
        {
            return RedirectToPage();
        }

        var code = new string((Code ?? "").Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("code", FrontDoor.Web.Features.Staff.SignIn.StaffSignIn.WrongCode);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        return Redirect("/staff/account?done=on");
    }

    private async Task<StaffAccount?> Load()
    {
        var staffId = Staff.StaffId;
        var account = await db.Set<StaffAccount>().FirstOrDefaultAsync(a => a.StaffMemberId == staffId);
        if (account is null)
        {
            return null;
        }

        HasPassword = true;
        TwoFactorOn = await users.GetTwoFactorEnabledAsync(account);
        if (!TwoFactorOn)
        {
            Key = await users.GetAuthenticatorKeyAsync(account);
            if (string.IsNullOrEmpty(Key))
            {
                await users.ResetAuthenticatorKeyAsync(account);
                Key = await users.GetAuthenticatorKeyAsync(account);
            }

            KeyUri = FrontDoor.Web.Features.Staff.SignIn.StaffSignIn.AuthenticatorUri("Thameside staff", account.Email ?? "", Key!);
        }

        return account;
    }
}
