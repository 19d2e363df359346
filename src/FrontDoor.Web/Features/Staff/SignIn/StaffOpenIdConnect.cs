using FrontDoor.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using FrontDoor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FrontDoor.Web.Features.Staff.SignIn;

/// <summary>
/// Optional sign-in through the council's identity provider (Microsoft Entra ID or any OpenID Connect provider),
/// switched on by setting Staff:Oidc:Authority, ClientId and ClientSecret. The provider's user is matched to an active
/// staff member by email address; the role and team still come from FrontDoor, so the provider only proves who it is.
/// </summary>
public static class StaffOpenIdConnect
{
    public const string Scheme = "StaffOidc";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Staff:Oidc:Authority"]) && !string.IsNullOrWhiteSpace(configuration["Staff:Oidc:ClientId"]);

    public static void AddStaffOpenIdConnect(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, o =>
        {
            o.Authority = configuration["Staff:Oidc:Authority"];
            o.ClientId = configuration["Staff:Oidc:ClientId"];
            o.ClientSecret = configuration["Staff:Oidc:ClientSecret"];
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.CallbackPath = "/staff/sign-in/oidc-callback";
            o.SignedOutCallbackPath = "/staff/sign-out/oidc-callback";
            o.SignInScheme = AuthRegistration.StaffScheme;
            o.Scope.Add("email");
            o.MapInboundClaims = false;
            o.Events.OnTicketReceived = MatchStaffMember;
        });
    }

    /// <summary>Swaps the provider's identity for the FrontDoor staff member with the same email, or refuses.</summary>
    private static async Task MatchStaffMember(TicketReceivedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var email = context.Principal?.FindFirst("email")?.Value ?? context.Principal?.FindFirst("preferred_username")?.Value;
        var member = await services.GetRequiredService<StaffSignIn>().FindActiveByEmail(email);
        var audit = services.GetRequiredService<AuditLog>();
        if (member is null)
        {
            await audit.SignIn(null, "(identity provider user)", null, false, "no active staff member with that email");
            context.Response.Redirect("/staff/access-denied");
            context.HandleResponse();
            return;
        }

        context.Principal = StaffUser.Principal(member, "oidc");
        context.ReturnUri = context.ReturnUri is { } uri && uri.StartsWith("/staff", StringComparison.Ordinal) ? uri : "/staff";
        await audit.SignIn(member.Id, member.DisplayName, member.CouncilId, true, "council identity provider");
    }
}
