using System.Security.Claims;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Auth;

namespace FrontDoor.Web.Features.Staff;

/// <summary>The signed-in staff member, read from the Staff cookie's claims.</summary>
public sealed record StaffUser(Guid StaffId, string Name, string Role, Guid TeamId, Guid CouncilId)
{
    public Actor Actor => Actor.Staff(StaffId, Name);

    public static StaffUser? From(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(AuthRegistration.StaffIdClaim), out var staffId))
        {
            return null;
        }

        _ = Guid.TryParse(principal.FindFirstValue(AuthRegistration.TeamClaim), out var teamId);
        _ = Guid.TryParse(principal.FindFirstValue(AuthRegistration.CouncilClaim), out var councilId);
        return new StaffUser(staffId, principal.FindFirstValue(ClaimTypes.Name) ?? "", principal.FindFirstValue(AuthRegistration.RoleClaim) ?? "",
            teamId, councilId);
    }

    public static ClaimsPrincipal Principal(StaffMember member, string authenticationMethod)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(AuthRegistration.StaffIdClaim, member.Id.ToString()),
                new Claim(ClaimTypes.Name, member.DisplayName),
                new Claim(AuthRegistration.RoleClaim, member.Role),
                new Claim(AuthRegistration.TeamClaim, member.TeamId.ToString()),
                new Claim(AuthRegistration.CouncilClaim, member.CouncilId.ToString()),
                new Claim("amr", authenticationMethod),
            ],
            AuthRegistration.StaffScheme, ClaimTypes.Name, AuthRegistration.RoleClaim);
        return new ClaimsPrincipal(identity);
    }
}
