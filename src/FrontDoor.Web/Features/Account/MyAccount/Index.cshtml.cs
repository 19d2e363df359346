using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Account.MyAccount;

/// <summary>My Account: the resident's requests, newest first, and links to their details and data.</summary>
[Authorize]
public sealed class IndexModel(FrontDoorDb db, UserManager<ResidentAccount> users, IResidentEmails emails) : PageModel
{
    public sealed record RequestLine(string Reference, string DisplayReference, string ServiceName, string Status, DateOnly DueDate, DateTime CreatedUtc);

    public string Name { get; private set; } = "";

    public bool EmailConfirmed { get; private set; }

    public bool JustCreated { get; private set; }

    public bool ConfirmationSent { get; private set; }

    public IReadOnlyList<RequestLine> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await Load(cancellationToken))
        {
            return Redirect("/account/sign-in");
        }

        JustCreated = TempData["account-created"] is true;
        return Page();
    }

    /// <summary>Sends the confirmation email again.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is { EmailConfirmed: false, Email: { } email } account)
        {
            var token = await users.GenerateEmailConfirmationTokenAsync(account);
            await emails.SendEmailConfirmation(email, ResidentLinks.ConfirmEmail(HttpContext, account.Id, token), ResidentLinks.Language, cancellationToken);
        }

        ConfirmationSent = true;
        await Load(cancellationToken);
        return Page();
    }

    private async Task<bool> Load(CancellationToken cancellationToken)
    {
        var customerId = ResidentClaims.CustomerIdOf(User);
        var customer = await db.Set<Customer>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return false;
        }

        Name = customer.FullName;
        EmailConfirmed = await db.Set<ResidentAccount>().AnyAsync(a => a.CustomerId == customer.Id && a.EmailConfirmed, cancellationToken);
        var rows = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.CustomerId == customer.Id)
            .OrderByDescending(r => r.CreatedUtc)
            .Select(r => new { r.Reference, ServiceName = r.Service!.Name, r.Status, r.ResolveClock.DueDate, r.CreatedUtc })
            .Take(100)
            .ToListAsync(cancellationToken);
        Requests = rows.Select(r => new RequestLine(r.Reference, FrontDoor.Domain.References.RequestReference.Parse(r.Reference).Value.Display,
            r.ServiceName, r.Status, r.DueDate, r.CreatedUtc)).ToList();
        return true;
    }
}
