using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Notifications.Workspace;

/// <summary>
/// Requests that will miss their date unless someone acts: give a new date with a reason (extend the request) and the
/// resident is told; otherwise they are told on the due date that it is late.
/// </summary>
public sealed class DueSoonModel(DelayNotices notices) : PageModel
{
    public IReadOnlyList<DelayNotices.Due> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Requests = await notices.NeedingNewDate(cancellationToken);
}
