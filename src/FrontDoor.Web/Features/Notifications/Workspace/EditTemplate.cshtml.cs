using FrontDoor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Notifications.Workspace;

/// <summary>Change one template, with a preview and a readability check. Administrators only.</summary>
[Authorize(Policy = AuthRegistration.AdministratorPolicy)]
public sealed class EditTemplateModel(EditTemplate.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Event { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Language { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Channel { get; set; } = "";

    [BindProperty]
    public string Subject { get; set; } = "";

    [BindProperty]
    public string Body { get; set; } = "";

    [BindProperty]
    public string? NotifyTemplateId { get; set; }

    public EditTemplate.Preview? Preview { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!EditTemplate.Check(Event, Language, Channel).Succeeded)
        {
            return NotFound();
        }

        var current = await handler.Current(Event, Language, Channel, cancellationToken);
        (Subject, Body, NotifyTemplateId) = (current.Subject, current.Body, current.NotifyTemplateId);
        Preview = EditTemplate.Show(Command());
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        if (!EditTemplate.Check(Event, Language, Channel).Succeeded)
        {
            return NotFound();
        }

        Preview = EditTemplate.Show(Command());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var saved = await handler.Save(Command(), cancellationToken);
        if (!saved.Succeeded && saved.Error!.IsNotFound)
        {
            return NotFound();
        }

        Preview = EditTemplate.Show(Command());
        Saved = saved.Succeeded;
        return Page();
    }

    private EditTemplate.Command Command() =>
        new(Event, Language, Channel, Subject ?? "", Body ?? "", NotifyTemplateId, User.Identity?.Name ?? "administrator");
}
