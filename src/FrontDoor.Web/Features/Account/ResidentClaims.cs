namespace FrontDoor.Web.Features.Account;

/// <summary>Claims in the resident cookie. Ids only: no name, email or other personal data travels in the cookie.</summary>
public static class ResidentClaims
{
    /// <summary>The resident's <see cref="Customers.Customer"/> id: every query for their data filters by it.</summary>
    public const string CustomerId = "frontdoor:customer-id";

    public static Guid? CustomerIdOf(System.Security.Claims.ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(CustomerId)?.Value, out var id) ? id : null;
}
