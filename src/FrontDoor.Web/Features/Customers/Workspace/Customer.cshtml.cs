using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// The single customer view: the person, then one section per feature (requests, contacts, messages; later complaints,
/// appointments, markers). Every view is audited.
/// </summary>
public sealed class CustomerModel(FrontDoorDb db, IEnumerable<ICustomerSection> sections, AuditLog audit) : StaffPageModel
{
    public Customer Person { get; private set; } = null!;

    public sealed record Shown(ICustomerSection Section, object Model);

    public IReadOnlyList<Shown> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.ViewCustomers))
        {
            return Forbidden();
        }

        var person = await db.Set<Customer>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.CouncilId == Staff.CouncilId, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        await audit.Viewed(Staff, nameof(Customer), id.ToString(), "single customer view", cancellationToken);
        var shown = new List<Shown>();
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            if (await section.Load(id, Staff, cancellationToken) is { } model)
            {
                shown.Add(new Shown(section, model));
            }
        }

        Sections = shown;
        return Page();
    }
}
