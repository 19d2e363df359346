using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FrontDoor.Web.Infrastructure.Auth;

/// <summary>
/// Two separate sign-ins: residents (the public site and My Account) and staff (everything under /staff). They use
/// different cookies and schemes, so a resident's session can never satisfy the staff policy. Staff pages get the staff
/// policy by folder: every Razor Page in a folder named <c>Workspace</c> requires it (ADR 0005).
/// </summary>
public static class AuthRegistration
{
    public const string ResidentScheme = "Resident";
    public const string StaffScheme = "Staff";
    public const string StaffPolicy = "Staff";
    public const string AdministratorPolicy = "Administrator";
    public const string RoleClaim = "frontdoor:role";
    public const string CouncilClaim = "frontdoor:council";
    public const string StaffIdClaim = "frontdoor:staff-id";
    public const string TeamClaim = "frontdoor:team";

    public static IServiceCollection AddFrontDoorAuth(this IServiceCollection services)
    {
        services.AddAuthentication(ResidentScheme)
            .AddCookie(ResidentScheme, o =>
            {
                o.Cookie.Name = "frontdoor-resident";
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/sign-in";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(2);
            })
            .AddCookie(StaffScheme, o =>
            {
                o.Cookie.Name = "frontdoor-staff";
                o.Cookie.Path = "/";
                o.LoginPath = "/staff/sign-in";
                o.LogoutPath = "/staff/sign-out";
                o.AccessDeniedPath = "/staff/access-denied";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Idle timeout: a staff session ends after 30 minutes without a request.
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.AddAuthenticationSchemes(StaffScheme).RequireAuthenticatedUser().RequireClaim(StaffIdClaim))
            .AddPolicy(AdministratorPolicy, p => p.AddAuthenticationSchemes(StaffScheme).RequireAuthenticatedUser()
                .RequireClaim(RoleClaim, "administrator"));
        return services;
    }

    /// <summary>Applies the staff policy to every page in a <c>Workspace</c> folder.</summary>
    public static void RequireStaffInWorkspaceFolders(this Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options) =>
        options.Conventions.Add(new WorkspaceFolderConvention());

    private sealed class WorkspaceFolderConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            if (model.ViewEnginePath.Contains("/Workspace/", StringComparison.Ordinal))
            {
                model.EndpointMetadata.Add(new AuthorizeAttribute(StaffPolicy));
            }
        }
    }
}
