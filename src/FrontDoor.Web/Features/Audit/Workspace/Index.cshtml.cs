using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Audit.Workspace;

/// <summary>Administrators search the audit log: by staff member, record (id or request reference), action and date.</summary>
[Authorize(Policy = Infrastructure.Auth.AuthRegistration.AdministratorPolicy)]
public sealed class IndexModel(FrontDoorDb db) : StaffPageModel
{
    public const int Shown = 100;

    [BindProperty(SupportsGet = true, Name = "staff")]
    public string? StaffName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Record { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.SearchAudit))
        {
            return Forbidden();
        }

        var entries = db.Set<AuditEntry>().AsNoTracking().Where(a => a.CouncilId == Staff.CouncilId || a.CouncilId == null);
        if (!string.IsNullOrWhiteSpace(StaffName))
        {
            var name = StaffName.Trim();
            entries = entries.Where(a => a.StaffName.Contains(name));
        }

        if (!string.IsNullOrWhiteSpace(Record))
        {
            var record = RequestReference.Parse(Record) is { Succeeded: true } reference ? reference.Value.Value : Record.Trim();
            entries = entries.Where(a => a.EntityId == record);
        }

        if (AuditAction.All.Contains(Action))
        {
            entries = entries.Where(a => a.Action == Action);
        }

        if (From is { } from)
        {
            var fromUtc = LondonTime.StartOfDayUtc(from);
            entries = entries.Where(a => a.AtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var toUtc = LondonTime.StartOfDayUtc(to.AddDays(1));
            entries = entries.Where(a => a.AtUtc < toUtc);
        }

        Entries = await entries.OrderByDescending(a => a.AtUtc).Take(Shown).ToListAsync(cancellationToken);
        return Page();
    }
}
