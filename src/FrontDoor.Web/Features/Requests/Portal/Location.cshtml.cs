using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using FrontDoor.Web.Features.Shared;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>Where the problem is, for services that need a location: an address or description, and a postcode if known.</summary>
public sealed class LocationModel(FrontDoorDb db, JourneyStore store, CurrentCouncil council, IStringLocalizer<SiteText> text)
    : JourneyPageModel(db, store, council)
{
    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Address = Draft.Address;
        Postcode = Draft.Postcode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var postcode = string.IsNullOrWhiteSpace(Postcode) ? null : ContactDetailsRules.Postcode(Postcode);
        if (string.IsNullOrWhiteSpace(Address))
        {
            ModelState.AddModelError("address", text["Enter the address or describe where it is"]);
        }

        if (!string.IsNullOrWhiteSpace(Postcode) && postcode is null)
        {
            ModelState.AddModelError("postcode", text[ContactDetailsRules.PostcodeError]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        Draft.Address = Address!.Trim();
        Draft.Postcode = postcode;
        await Store.Save(cancellationToken);
        return NextAfter(LocationStep);
    }
}
