using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// Find a customer by name, email, phone, postcode, address or request reference. The search is posted, not sent in
/// the address, so names and phone numbers never reach browser history or server and proxy logs (house style 14).
/// </summary>
public sealed class IndexModel(FindCustomers.Handler find, AuditLog audit) : StaffPageModel
{
    [BindProperty]
    public string? Q { get; set; }

    public FindCustomers.Found? Found { get; private set; }

    public IActionResult OnGet() => Staff.Can(StaffPermission.ViewCustomers) ? Page() : Forbidden();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.ViewCustomers))
        {
            return Forbidden();
        }

        if (string.IsNullOrWhiteSpace(Q))
        {
            return Page();
        }

        Found = await find.Handle(Staff.CouncilId, Q, cancellationToken);
        await audit.Searched(Staff, Found.Kind.ToString().ToLowerInvariant(), Found.Customers.Count, cancellationToken);

        // A reference or exact match leads straight to the one person, which is what the advisor wants on a call.
        if (Found is { Kind: FindCustomers.Kind.Reference, Customers: [var owner] })
        {
            return Redirect($"/staff/customers/{owner.Id}");
        }

        if (Found is { Kind: FindCustomers.Kind.Reference, Customers: [], RequestReference: { } reference })
        {
            return Redirect($"/staff/requests/{reference}");
        }

        return Page();
    }
}
