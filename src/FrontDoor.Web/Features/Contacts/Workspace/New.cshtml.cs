using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Contacts.Workspace;

/// <summary>Log a contact in one page. Opened from the customer's record, it knows who and what they have open.</summary>
public sealed class NewModel(FrontDoorDb db, LogContact.Handler log, OpenRequests openRequests) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public ContactForm Form { get; set; } = new();

    public string? CustomerName { get; private set; }

    public IReadOnlyList<OpenRequests.Open> Open { get; private set; } = [];

    public OpenRequests.Open? Suggested { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Services { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.LogContacts))
        {
            return Forbidden();
        }

        if (Form.CustomerId is not null)
        {
            Form.Who ??= ContactWho.Known;
        }

        await Load(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.LogContacts))
        {
            return Forbidden();
        }

        await Load(cancellationToken);

        // The customer has an open request for this service but none is linked: suggest they are chasing it, once.
        if (Suggested is { } chased && string.IsNullOrWhiteSpace(Form.RequestReference) && !Form.SuggestionSeen && Form.Who == ContactWho.Known)
        {
            Form.RequestReference = chased.Reference;
            Form.DemandType = FailureDemand.Failure;
            Form.FailureReason = FailureDemand.ChasingProgress;
            Form.SuggestionSeen = true;
            return Page();
        }

        var result = await log.Handle(Form.ToCommand(Staff), cancellationToken);
        if (!result.Succeeded)
        {
            ShowError(result.Error!);
            return Page();
        }

        var logged = result.Value;
        if (Form.Outcome == ContactOutcome.RequestRaised && logged.CustomerId is { } raisedFor)
        {
            return Redirect($"/staff/requests/new?customerId={raisedFor}&service={Form.ServiceCode}&channel={Form.Channel}&contactId={logged.ContactId}");
        }

        return Redirect(logged.CustomerId is { } id ? $"/staff/customers/{id}?logged=contact" : "/staff/contacts/new?logged=contact");
    }

    private async Task Load(CancellationToken cancellationToken)
    {
        if (Form.CustomerId is { } id)
        {
            CustomerName = await db.Set<Customer>().AsNoTracking().Where(c => c.Id == id && c.CouncilId == Staff.CouncilId)
                .Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(cancellationToken);
            Open = await openRequests.For(Staff.CouncilId, id, cancellationToken);
            Suggested = OpenRequests.Chased(Open, Form.ServiceCode);
        }

        Services = (await db.Set<Service>().AsNoTracking().Where(s => s.CouncilId == Staff.CouncilId && s.Active).OrderBy(s => s.Name)
            .Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Code, s.Name)).ToList();
        Teams = (await db.Set<Team>().AsNoTracking().Where(t => t.CouncilId == Staff.CouncilId).OrderBy(t => t.Name)
            .Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Code, t.Name)).ToList();
    }
}

/// <summary>The contact form's fields, bound by name from the query string (prefill) or the post.</summary>
public sealed class ContactForm
{
    public string? Channel { get; set; }

    public string? Who { get; set; }

    public Guid? CustomerId { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? AddressLine { get; set; }

    public string? Postcode { get; set; }

    public string? ServiceCode { get; set; }

    public string? RequestReference { get; set; }

    public string? Outcome { get; set; }

    public string? TeamCode { get; set; }

    public string? SignpostedTo { get; set; }

    public string? DemandType { get; set; }

    public string? FailureReason { get; set; }

    public string? Notes { get; set; }

    /// <summary>The "chasing an existing request" suggestion has been shown, so a second save keeps what the advisor chose.</summary>
    public bool SuggestionSeen { get; set; }

    public LogContact.Command ToCommand(StaffUser staff) => new()
    {
        Channel = Channel,
        Who = Who,
        CustomerId = CustomerId,
        NewCustomer = new LogContact.NewCustomer(FirstName, LastName, Phone, Email, AddressLine, Postcode),
        ServiceCode = string.IsNullOrWhiteSpace(ServiceCode) ? null : ServiceCode,
        RequestReference = RequestReference,
        Outcome = Outcome,
        PassedToTeamCode = TeamCode,
        SignpostedTo = SignpostedTo,
        DemandType = DemandType,
        FailureReason = FailureReason,
        Notes = Notes,
        Staff = staff,
    };
}
