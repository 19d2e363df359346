using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Auth;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.ApiClients.Workspace;

/// <summary>Administrators issue and revoke the keys partner systems (FixMyStreet, back-office systems) use.</summary>
[Authorize(Policy = AuthRegistration.AdministratorPolicy)]
public sealed class IndexModel(FrontDoorDb db, IssueApiKey.Handler issue, RevokeApiKey.Handler revoke, IConfiguration configuration)
    : StaffPageModel
{
    public sealed record ClientLine(Guid Id, string Name, string KeyPrefix, int RequestsPerMinute, DateTime IssuedUtc, DateTime? RevokedUtc, bool IsDemo);

    public IReadOnlyList<ClientLine> Clients { get; private set; } = [];

    /// <summary>Shown once, straight after issuing; never stored.</summary>
    public IssueApiKey.Issued? JustIssued { get; private set; }

    public string? Revoked { get; private set; }

    [BindProperty]
    public string? ClientName { get; set; }

    [BindProperty]
    public int? RequestsPerMinute { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        var issued = await issue.Handle(new IssueApiKey.Command(configuration["Council:Code"] ?? "thameside", ClientName, RequestsPerMinute), cancellationToken);
        if (!issued.Succeeded)
        {
            ShowError(issued.Error!, "clientName");
        }
        else
        {
            JustIssued = issued.Value;
            ClientName = null;
        }

        await Load(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var result = await revoke.Handle(new RevokeApiKey.Command(clientId), cancellationToken);
        if (!result.Succeeded)
        {
            ShowError(result.Error!);
        }
        else
        {
            Revoked = await db.Set<ApiClient>().AsNoTracking().Where(c => c.Id == clientId).Select(c => c.Name).FirstAsync(cancellationToken);
        }

        await Load(cancellationToken);
        return Page();
    }

    private async Task Load(CancellationToken cancellationToken)
    {
        var council = Staff.CouncilId;
        Clients = await db.Set<ApiClient>().AsNoTracking()
            .Where(c => c.CouncilId == council)
            .OrderBy(c => c.RevokedUtc != null).ThenBy(c => c.Name)
            .Select(c => new ClientLine(c.Id, c.Name, c.KeyPrefix, c.RequestsPerMinute, c.IssuedUtc, c.RevokedUtc, c.IsDemo))
            .ToListAsync(cancellationToken);
    }
}
