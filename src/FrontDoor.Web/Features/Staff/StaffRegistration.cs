using FrontDoor.Web.Features.Staff.SignIn;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Staff;

public static class StaffRegistration
{
    /// <summary>
    /// Staff accounts on ASP.NET Core Identity's user manager (password hashing, lockout, authenticator keys) over
    /// staff-only tables. Note that <see cref="IdentityOptions"/> (password rules, lockout) are shared with resident
    /// accounts; FrontDoor keeps Identity's defaults: 5 failed attempts lock an account for 5 minutes.
    /// </summary>
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<StaffAccount>()
            .AddUserStore<UserOnlyStore<StaffAccount, FrontDoorDb, Guid, StaffClaim, StaffLogin, StaffToken>>()
            .AddTokenProvider<AuthenticatorTokenProvider<StaffAccount>>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddScoped<StaffSignIn>();
        services.AddSingleton<PendingSignIn>();
        services.AddScoped<DemoStaffAccounts>();
        services.AddStaffOpenIdConnect(configuration);
        return services;
    }
}
