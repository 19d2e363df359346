using System.Security.Claims;
using FrontDoor.Web.Infrastructure.Auth;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Features.Account;

/// <summary>
/// Identity for residents, kept apart from staff: its own options (IdentityOptions are otherwise shared by every user
/// type in the process), its own store and tables, and sign-in to the "Resident" cookie scheme.
/// Passwords follow NCSC advice: length rather than composition rules.
/// </summary>
public static class ResidentIdentity
{
    public static readonly IdentityOptions Options = CreateOptions();

    public static IServiceCollection AddResidentAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<ResidentAccount>()
            .AddUserManager<ResidentUserManager>()
            .AddSignInManager<ResidentSignInManager>()
            .AddClaimsPrincipalFactory<ResidentClaimsFactory>()
            .AddUserStore<UserOnlyStore<ResidentAccount, FrontDoorDb, Guid, ResidentClaim, ResidentLogin, ResidentToken>>();
        services.AddTransient<DataProtectorTokenProvider<ResidentAccount>>();
        services.AddScoped<IResidentEmails, FrontDoor.Web.Features.Notifications.OutboxResidentEmails>();
        return services;
    }

    private static IdentityOptions CreateOptions()
    {
        var options = new IdentityOptions();
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedEmail = false;
        options.Tokens.ProviderMap[TokenOptions.DefaultProvider] = new TokenProviderDescriptor(typeof(DataProtectorTokenProvider<ResidentAccount>));
        return options;
    }
}

public sealed class ResidentUserManager(
    IUserStore<ResidentAccount> store, IPasswordHasher<ResidentAccount> hasher, IEnumerable<IUserValidator<ResidentAccount>> userValidators,
    IEnumerable<IPasswordValidator<ResidentAccount>> passwordValidators, ILookupNormalizer normalizer, IdentityErrorDescriber errors,
    IServiceProvider services, ILogger<UserManager<ResidentAccount>> logger)
    : UserManager<ResidentAccount>(store, Microsoft.Extensions.Options.Options.Create(ResidentIdentity.Options), hasher, userValidators,
        passwordValidators, normalizer, errors, services, logger);

public sealed class ResidentSignInManager : SignInManager<ResidentAccount>
{
    public ResidentSignInManager(
        UserManager<ResidentAccount> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<ResidentAccount> claims,
        ILogger<SignInManager<ResidentAccount>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<ResidentAccount> confirmation)
        : base(users, http, claims, Microsoft.Extensions.Options.Options.Create(ResidentIdentity.Options), logger, schemes, confirmation)
    {
        AuthenticationScheme = AuthRegistration.ResidentScheme;
    }
}

/// <summary>The resident cookie carries ids only: the account, the customer record and the security stamp.</summary>
public sealed class ResidentClaimsFactory(UserManager<ResidentAccount> users) : IUserClaimsPrincipalFactory<ResidentAccount>
{
    public async Task<ClaimsPrincipal> CreateAsync(ResidentAccount user)
    {
        var identity = new ClaimsIdentity(AuthRegistration.ResidentScheme, ClaimTypes.NameIdentifier, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ResidentClaims.CustomerId, user.CustomerId.ToString()));
        identity.AddClaim(new Claim(ResidentIdentity.Options.ClaimsIdentity.SecurityStampClaimType, await users.GetSecurityStampAsync(user)));
        return new ClaimsPrincipal(identity);
    }
}
