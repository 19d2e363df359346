using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Audit;
using FrontDoor.Web.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>
/// The case page: everything about a request and every action on it. Each action posts the version the officer was
/// looking at, so a change made meanwhile by someone else is shown as a conflict rather than overwritten.
/// </summary>
public sealed class CaseModel(CaseFile caseFile, RequestAccess access, AuditLog audit, IServiceProvider services) : StaffPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public CaseForm Form { get; set; } = new();

    public CaseFile.View Case { get; private set; } = null!;

    public bool CanWork { get; private set; }

    public bool CanUpdate { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Officers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? template, CancellationToken cancellationToken)
    {
        if (!Staff.Can(StaffPermission.ViewRequests))
        {
            return Forbidden();
        }

        if (!await Load(cancellationToken))
        {
            return NotFound();
        }

        if (template is { } id && Case.Templates.FirstOrDefault(t => t.Id == id) is { } chosen)
        {
            Form.UpdateText = chosen.Fill(Case.Values);
            Form.UpdateIsPublic = true;
        }

        await audit.Viewed(Staff, nameof(ServiceRequest), Case.Request.Reference, "case page", cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken) =>
        Change(StaffPermission.WorkRequests, "assigned", sp => Form.OfficerId is { } officer
            ? sp.GetRequiredService<AssignOfficer.Handler>().Handle(new AssignOfficer.Command(Reference, Version, officer, Staff.Actor), cancellationToken)
            : Task.FromResult<Result<ServiceRequest>>(new Error("Select an officer from the list", "officer")), cancellationToken);

    public Task<IActionResult> OnPostStatusAsync(CancellationToken cancellationToken) =>
        Change(StaffPermission.WorkRequests, "status", sp => sp.GetRequiredService<ChangeRequestStatus.Handler>().Handle(
            new ChangeRequestStatus.Command(Reference, Version, Form.Status ?? "", Form.StatusPublicNote, Form.StatusInternalNote, Staff.Actor), cancellationToken),
            cancellationToken);

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) =>
        Change(StaffPermission.AddRequestUpdates, Form.UpdateIsPublic == true ? "public-update" : "internal-note", sp => Form.UpdateIsPublic is null
            ? Task.FromResult<Result<ServiceRequest>>(new Error("Select who can see this: the resident, or staff only", "updateIsPublic"))
            : sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(
                new AddRequestUpdate.Command(Reference, Version, Form.UpdateText, Form.UpdateIsPublic.Value, Staff.Actor), cancellationToken),
            cancellationToken, ("publicNote", "updateText"), ("internalNote", "updateText"));

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        Change(StaffPermission.WorkRequests, "closed", sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new CloseRequest.Command(Reference, Version, Form.CloseReason ?? "", Form.CompletionNote, Form.DuplicateOf, Form.CloseInternalNote, Staff.Actor),
            cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostExtendAsync(CancellationToken cancellationToken) =>
        Change(StaffPermission.WorkRequests, "extended", sp => sp.GetRequiredService<ExtendRequest.Handler>().Handle(
            new ExtendRequest.Command(Reference, Version, Form.ExtendDays ?? 0, Form.ExtendReason, Staff.Actor), cancellationToken), cancellationToken,
            ("reason", "extendReason"));

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        Change(StaffPermission.WorkRequests, "reopened", sp => sp.GetRequiredService<ReopenRequest.Handler>().Handle(
            new ReopenRequest.Command(Reference, Version, Form.ReopenReason, Staff.Actor), cancellationToken), cancellationToken);

    private async Task<IActionResult> Change(StaffPermission permission, string done, Func<IServiceProvider, Task<Result<ServiceRequest>>> change,
        CancellationToken cancellationToken, params (string From, string To)[] renamedFields)
    {
        if (!await access.Can(Staff, permission, Reference, cancellationToken))
        {
            return Forbidden();
        }

        var result = await change(services);
        if (result.Succeeded)
        {
            return Redirect($"/staff/requests/{result.Value.Reference}?done={done}");
        }

        // Several forms share the page, so a handler's field name is renamed to the one on this action's form.
        var error = renamedFields.FirstOrDefault(r => r.From == result.Error!.Field) is { To: { } to } ? result.Error! with { Field = to } : result.Error!;
        ShowError(error, error.IsConflict ? "version" : "");
        return await Load(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        if (await caseFile.Load(Staff.CouncilId, Reference, cancellationToken) is not { } view)
        {
            return false;
        }

        Case = view;
        Version = view.Request.Version;
        CanWork = Staff.Can(StaffPermission.WorkRequests, view.Request.TeamId);
        CanUpdate = Staff.Can(StaffPermission.AddRequestUpdates);
        Officers = CanWork ? await access.OfficersOf(Staff.CouncilId, view.Request.TeamId, cancellationToken) : [];
        return true;
    }
}

/// <summary>The fields of the case page's forms; each form posts only its own.</summary>
public sealed class CaseForm
{
    public Guid? OfficerId { get; set; }

    public string? Status { get; set; }

    public string? StatusPublicNote { get; set; }

    public string? StatusInternalNote { get; set; }

    public string? UpdateText { get; set; }

    /// <summary>True: a public update the resident sees; false: an internal note. No default, so the officer always chooses.</summary>
    public bool? UpdateIsPublic { get; set; }

    public string? CloseReason { get; set; }

    public string? CompletionNote { get; set; }

    public string? DuplicateOf { get; set; }

    public string? CloseInternalNote { get; set; }

    public int? ExtendDays { get; set; }

    public string? ExtendReason { get; set; }

    public string? ReopenReason { get; set; }
}
