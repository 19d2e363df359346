using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>A team's queue by due date: my work, unassigned, filters, counts, and bulk assign for team leaders.</summary>
public sealed class QueueModel(FrontDoorDb db, TeamQueue queue, RequestAccess access, AssignOfficer.Handler assign) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Officer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TeamQueue.Result Result { get; private set; } = new([], 0, new TeamQueue.Counts(0, 0, 0, 0, 0));

    public Team CurrentTeam { get; private set; } = null!;

    public IReadOnlyList<(string Code, string Name)> Teams { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Services { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Officers { get; private set; } = [];

    public bool CanBulkAssign => Staff.Can(StaffPermission.BulkAssign, CurrentTeam.Id);

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.ViewRequests))
        {
            return Forbidden();
        }

        if (!await Load(cancellationToken))
        {
            return NotFound();
        }

        Notice = Request.Query["assigned"] is { Count: > 0 } assigned ? $"{assigned} requests assigned" : null;
        return Page();
    }

    /// <summary>Assigns every ticked request to one officer. Each row carries the version it was read at, so none is overwritten blind.</summary>
    public async Task<IActionResult> OnPostAssignAsync(string[] selected, Guid? assignTo, CancellationToken cancellationToken)
    {
        if (!await Load(cancellationToken))
        {
            return NotFound();
        }

        if (!CanBulkAssign)
        {
            return Forbidden();
        }

        // Only this form's own fields decide whether it is valid.
        ModelState.Clear();
        if (selected.Length == 0)
        {
            ModelState.AddModelError("selected", "Select the requests to assign");
        }

        if (assignTo is null || Officers.All(o => o.Id != assignTo))
        {
            ModelState.AddModelError("assignTo", "Select an officer from the list");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var done = 0;
        foreach (var choice in selected)
        {
            var (reference, version) = (choice.Split(':')[0], int.TryParse(choice.Split(':').ElementAtOrDefault(1), out var v) ? v : (int?)null);
            if (!await access.Can(Staff, StaffPermission.BulkAssign, reference, cancellationToken))
            {
                return Forbidden();
            }

            var result = await assign.Handle(new AssignOfficer.Command(reference, version, assignTo!.Value, Staff.Actor), cancellationToken);
            if (result.Succeeded)
            {
                done++;
            }
            else
            {
                ModelState.AddModelError("selected", $"{StaffFormat.Reference(reference)}: {result.Error!.Message}");
            }
        }

        if (!ModelState.IsValid)
        {
            await Load(cancellationToken);
            return Page();
        }

        return Redirect($"/staff/queue?team={CurrentTeam.Code}&view={View}&assigned={done}");
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        View ??= "all";
        var teams = await db.Set<Team>().AsNoTracking().Where(t => t.CouncilId == Staff.CouncilId).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var team = string.IsNullOrWhiteSpace(Team) ? teams.FirstOrDefault(t => t.Id == Staff.TeamId) : teams.FirstOrDefault(t => t.Code == Team);
        if (team is null)
        {
            return false;
        }

        CurrentTeam = team;
        Teams = teams.Select(t => (t.Code, t.Name)).ToList();
        Services = (await db.Set<Service>().AsNoTracking().Where(s => s.TeamId == team.Id).OrderBy(s => s.Name)
            .Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken)).Select(s => (s.Code, s.Name)).ToList();
        Officers = await access.OfficersOf(Staff.CouncilId, team.Id, cancellationToken);
        Result = await queue.Load(Staff.CouncilId, Staff.StaffId,
            new TeamQueue.Filter(team.Id, View!, Service, Status, Officer, Channel, Due, PageNumber), cancellationToken);
        return true;
    }
}
