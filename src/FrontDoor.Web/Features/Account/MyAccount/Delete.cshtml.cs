using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Account.MyAccount;

/// <summary>
/// Deletes the sign-in and minimises the customer record (names, contact details, preferences and needs erased); the
/// requests stay, as councils must keep records of the service given, still pointing at the now-anonymous customer
/// record so counts and history hold together. See docs/resident-accounts.md.
/// </summary>
[Authorize]
public sealed class DeleteModel(FrontDoorDb db, UserManager<ResidentAccount> users, SignInManager<ResidentAccount> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var customerId = ResidentClaims.CustomerIdOf(User);
        var account = await users.GetUserAsync(User);
        var customer = await db.Set<Customer>().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (account is null || customer is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Minimise(customer);
        foreach (var request in await db.Set<ServiceRequest>().Where(r => r.CustomerId == customer.Id).ToListAsync(cancellationToken))
        {
            request.ReporterName = null;
            request.ReporterEmail = null;
            request.ReporterPhone = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        var deleted = await users.DeleteAsync(account);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(e => e.Code)));
        }

        await transaction.CommitAsync(cancellationToken);
        await signIn.SignOutAsync();
        return Redirect("/account/deleted");
    }

    internal static void Minimise(Customer customer)
    {
        customer.FirstName = "";
        customer.LastName = "";
        customer.Email = null;
        customer.Phone = null;
        customer.AddressLine = null;
        customer.Postcode = null;
        customer.AccessibilityNeeds = null;
        customer.PreferredLanguage = "en";
        customer.PreferredChannel = "letter";
    }
}
