using FrontDoor.Web.Features.Staff;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// One section of the single customer view. Each feature adds its own (requests, contacts, messages today; complaints,
/// appointments and markers later) by registering an implementation and a partial view, without touching the page.
/// A section may show nothing to a role that should not see it by returning null.
/// </summary>
public interface ICustomerSection
{
    /// <summary>Sections show in this order, lowest first.</summary>
    int Order { get; }

    /// <summary>The anchor and heading id, e.g. <c>requests</c>.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>The partial view that renders what <see cref="Load"/> returns.</summary>
    string Partial { get; }

    Task<object?> Load(Guid customerId, StaffUser viewer, CancellationToken cancellationToken);
}
