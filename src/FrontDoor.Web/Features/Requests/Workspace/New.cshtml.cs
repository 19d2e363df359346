using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Contacts;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>
/// Assisted digital: an advisor completes a service's online form for a resident, through the same
/// <see cref="SubmitRequest"/> and <see cref="AnswerRules"/> as the resident site, recording the channel the resident
/// used and that staff assisted. The request is linked to the contact that led to it.
/// </summary>
public sealed class NewModel(FrontDoorDb db, SubmitRequest.Handler submit) : StaffPageModel
{
    public static IReadOnlyList<string> AssistedChannels { get; } = [Requests.Channel.Phone, Requests.Channel.FaceToFace, Requests.Channel.Letter, Requests.Channel.Email];

    [BindProperty(SupportsGet = true)]
    public Guid? CustomerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")]
    public string? ServiceCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ContactId { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    public Customer? Person { get; private set; }

    public Service? Chosen { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Services { get; private set; } = [];

    public SubmitRequest.Submitted? Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.LogContacts))
        {
            return Forbidden();
        }

        await Load(cancellationToken);
        Address ??= Person?.AddressLine;
        Postcode ??= Person?.Postcode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.LogContacts))
        {
            return Forbidden();
        }

        await Load(cancellationToken);
        if (Chosen is null)
        {
            ModelState.AddModelError("service", "Select a service");
            return Page();
        }

        if (Channel is null || !AssistedChannels.Contains(Channel))
        {
            ModelState.AddModelError("channel", "Select how the resident contacted us");
            return Page();
        }

        var council = await db.Set<Council>().AsNoTracking().FirstAsync(c => c.Id == Staff.CouncilId, cancellationToken);
        var answers = Chosen.Questions.ToDictionary(q => q.Code, q => Request.Form[$"answer.{q.Code}"].ToArray());
        var result = await submit.Handle(new SubmitRequest.Command
        {
            CouncilCode = council.Code,
            ServiceCode = Chosen.Code,
            Channel = Channel,
            IsAssisted = true,
            Description = Description,
            Answers = answers,
            Address = Address,
            Postcode = Postcode,
            CustomerId = Person?.Id,
            ReporterName = Person?.FullName,
            ReporterEmail = Person?.Email,
            ReporterPhone = Person?.Phone,
            Actor = Staff.Actor,
        }, cancellationToken);
        if (!result.Succeeded)
        {
            ShowError(result.Error!);
            return Page();
        }

        Submitted = result.Value;
        if (ContactId is { } contactId
            && await db.Set<Contact>().FirstOrDefaultAsync(c => c.Id == contactId && c.CouncilId == Staff.CouncilId && c.RequestId == null, cancellationToken) is { } contact)
        {
            contact.RequestId = result.Value.Id;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Page();
    }

    private async Task Load(CancellationToken cancellationToken)
    {
        Person = CustomerId is { } id
            ? await db.Set<Customer>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.CouncilId == Staff.CouncilId, cancellationToken)
            : null;
        Services = (await db.Set<Service>().AsNoTracking().Where(s => s.CouncilId == Staff.CouncilId && s.Active).OrderBy(s => s.Name)
            .Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Code, s.Name)).ToList();
        Chosen = string.IsNullOrWhiteSpace(ServiceCode)
            ? null
            : await db.Set<Service>().AsNoTracking().Include(s => s.Questions)
                .FirstOrDefaultAsync(s => s.CouncilId == Staff.CouncilId && s.Code == ServiceCode && s.Active, cancellationToken);
    }
}
