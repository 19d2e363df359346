using System.Text.Json;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Account.MyAccount;

/// <summary>
/// UK GDPR right of access, self-service: the resident's details, account and requests (answers and public history)
/// as JSON. Internal notes are staff records about the case and go through a formal subject access request instead.
/// </summary>
[Authorize]
public sealed class DownloadModel(FrontDoorDb db) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var customerId = ResidentClaims.CustomerIdOf(User);
        var customer = await db.Set<Customer>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return NotFound();
        }

        var account = await db.Set<ResidentAccount>().AsNoTracking().Where(a => a.CustomerId == customer.Id)
            .Select(a => new { a.Email, a.EmailConfirmed, a.CreatedUtc }).FirstOrDefaultAsync(cancellationToken);
        // Loaded whole and shaped in memory: answers are a JSON column, which not every provider can project inside a query.
        var rows = await db.Set<ServiceRequest>().AsNoTracking().Include(r => r.Service).Include(r => r.History)
            .Where(r => r.CustomerId == customer.Id).OrderBy(r => r.CreatedUtc).ToListAsync(cancellationToken);
        var requests = rows.Select(r => new
        {
            r.Reference, Service = r.Service!.Name, r.Channel, r.Status, r.CreatedUtc, r.ClosedUtc, DueDate = r.ResolveClock.DueDate,
            r.OfficerName, r.Description, r.Address, r.Postcode, Answers = r.Answers.Select(a => new { a.Question, Answer = a.Display }).ToList(),
            History = r.History.Where(h => h.VisibleToResident).OrderBy(h => h.Sequence)
                .Select(h => new { h.AtUtc, h.Action, h.ToStatus, Note = h.PublicNote }).ToList(),
        }).ToList();
        var export = new
        {
            ExportedFor = "UK GDPR right of access",
            Details = new
            {
                customer.FirstName, customer.LastName, customer.Email, customer.Phone, customer.AddressLine, customer.Postcode,
                customer.PreferredLanguage, customer.PreferredChannel, customer.AccessibilityNeeds, customer.CreatedUtc,
            },
            Account = account,
            Requests = requests,
        };
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "my-council-data.json");
    }
}
