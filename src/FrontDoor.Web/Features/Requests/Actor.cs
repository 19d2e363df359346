namespace FrontDoor.Web.Features.Requests;

/// <summary>Who did something to a request: written on every history row.</summary>
/// <param name="Kind">resident, staff, system or api.</param>
/// <param name="Id">The resident's, staff member's or API client's id, when known.</param>
/// <param name="Name">A display name; for residents this is shown only to staff.</param>
public sealed record Actor(string Kind, Guid? Id, string Name)
{
    public const string ResidentKind = "resident";
    public const string StaffKind = "staff";
    public const string SystemKind = "system";
    public const string ApiKind = "api";

    public static Actor System { get; } = new(SystemKind, null, "FrontDoor");

    public static Actor Resident(Guid? customerId, string name = "Resident") => new(ResidentKind, customerId, name);

    public static Actor Staff(Guid staffId, string name) => new(StaffKind, staffId, name);

    public static Actor Api(Guid? clientId, string clientName) => new(ApiKind, clientId, clientName);
}
