using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Infrastructure.Auth;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>
/// Staff sign-in in two steps: password (with lockout after repeated failures), then — for administrators always and
/// for anyone who has turned it on — a code from an authenticator app (TOTP, RFC 6238). Only then is the Staff cookie
/// issued. Messages never say whether an email address has an account.
/// </summary>
public sealed class StaffSignIn(UserManager<StaffAccount> users, FrontDoorDb db, IHostEnvironment environment, AuditLog audit)
{
    public const string WrongDetails = "Enter a correct email address and password";
    public const string LockedOut = "You have tried to sign in too many times. Wait 5 minutes and try again";
    public const string WrongCode = "Enter the 6-digit code shown in your authenticator app";

    public enum Next
    {
        SignedIn,
        EnterCode,
        SetUpAuthenticator,
    }

    public sealed record Step(Next Next, Guid AccountId);

    public async Task<Result<Step>> CheckPassword(HttpContext http, string? email, string? password)
    {
        var account = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (account is null || string.IsNullOrEmpty(password) || (account.IsDemo && !DemoStaffAccounts.Allowed(environment)))
        {
            await audit.SignIn(null, "(unknown)", null, false, account is null ? "no such account" : "demo account outside development");
            return Result<Step>.Failure(WrongDetails, "email");
        }

        var member = await Member(account);
        if (await users.IsLockedOutAsync(account))
        {
            await audit.SignIn(member?.Id, member?.DisplayName ?? "", member?.CouncilId, false, "locked out");
            return Result<Step>.Failure(LockedOut, "email");
        }

        if (member is not { Active: true } || !await users.CheckPasswordAsync(account, password))
        {
            await users.AccessFailedAsync(account);
            await audit.SignIn(member?.Id, member?.DisplayName ?? "", member?.CouncilId, false, "wrong password");
            return Result<Step>.Failure(WrongDetails, "email");
        }

        if (await users.GetTwoFactorEnabledAsync(account))
        {
            return new Step(Next.EnterCode, account.Id);
        }

        if (StaffRole.RequiresTwoFactor(member.Role))
        {
            return new Step(Next.SetUpAuthenticator, account.Id);
        }

        await Complete(http, account, member, "pwd");
        return new Step(Next.SignedIn, account.Id);
    }

    /// <summary>The second step: a code from the authenticator app the account has set up.</summary>
    public async Task<Result> CheckCode(HttpContext http, Guid accountId, string? code)
    {
        var account = await users.FindByIdAsync(accountId.ToString());
        var member = account is null ? null : await Member(account);
        if (account is null || member is null || await users.IsLockedOutAsync(account))
        {
            return Result.Failure(LockedOut, "code");
        }

        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Clean(code)))
        {
            await users.AccessFailedAsync(account);
            await audit.SignIn(member.Id, member.DisplayName, member.CouncilId, false, "wrong authenticator code");
            return Result.Failure(WrongCode, "code");
        }

        await Complete(http, account, member, "mfa");
        return Result.Success();
    }

    /// <summary>The key to type into an authenticator app, made on first use.</summary>
    public async Task<string?> AuthenticatorKey(Guid accountId)
    {
        var account = await users.FindByIdAsync(accountId.ToString());
        if (account is null)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account);
        }

        return key;
    }

    /// <summary>Turns two-factor sign-in on once the person shows their app gives the right code, and signs them in.</summary>
    public async Task<Result> Enrol(HttpContext http, Guid accountId, string? code)
    {
        var account = await users.FindByIdAsync(accountId.ToString());
        var member = account is null ? null : await Member(account);
        if (account is null || member is null)
        {
            return Result.Failure(WrongCode, "code");
        }

        if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, Clean(code)))
        {
            return Result.Failure(WrongCode, "code");
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        await Complete(http, account, member, "mfa");
        return Result.Success();
    }

    /// <summary>Signs in a staff member the council's identity provider has already authenticated (OpenID Connect).</summary>
    public async Task<StaffMember?> FindActiveByEmail(string? email) =>
        string.IsNullOrWhiteSpace(email)
            ? null
            : await db.Set<StaffMember>().AsNoTracking().FirstOrDefaultAsync(s => s.Email == email.Trim().ToLowerInvariant() && s.Active);

    private async Task Complete(HttpContext http, StaffAccount account, StaffMember member, string method)
    {
        await users.ResetAccessFailedCountAsync(account);
        await http.SignInAsync(AuthRegistration.StaffScheme, StaffUser.Principal(member, method));
        await audit.SignIn(member.Id, member.DisplayName, member.CouncilId, true, method == "mfa" ? "password and authenticator" : "password");
    }

    private Task<StaffMember?> Member(StaffAccount account) =>
        db.Set<StaffMember>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == account.StaffMemberId);

    private static string Clean(string? code) => new((code ?? "").Where(char.IsDigit).ToArray());

    /// <summary>The otpauth:// address an authenticator app reads (from a QR code or pasted), per Google's Key Uri Format.</summary>
    public static string AuthenticatorUri(string issuer, string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
}
