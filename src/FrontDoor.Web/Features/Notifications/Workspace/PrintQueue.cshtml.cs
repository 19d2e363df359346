using FrontDoor.Web.Features.Notifications.Letters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Features.Notifications.Workspace;

/// <summary>Letters waiting to be printed: download them as one PDF, post them, mark them printed.</summary>
public sealed class PrintQueueModel(PrintQueue queue) : PageModel
{
    public IReadOnlyList<PrintQueue.WaitingLetter> Letters { get; private set; } = [];

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    public int Marked { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Letters = await queue.Waiting(cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(Guid? id, CancellationToken cancellationToken)
    {
        var pdf = await queue.Pdf(id is { } one ? [one] : null, cancellationToken);
        return File(pdf, "application/pdf", id is null ? "letters-to-print.pdf" : $"letter-{id:N}.pdf");
    }

    public async Task OnPostPrintedAsync(CancellationToken cancellationToken)
    {
        Marked = await queue.MarkPrinted(Selected, cancellationToken);
        Letters = await queue.Waiting(cancellationToken);
    }
}
