using FrontDoor.Web.Features.Staff;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests.Workspace;

/// <summary>The staff journeys of issue 4, item 10, in Chromium, with axe-core run on every staff page visited.</summary>
[Collection(SiteCollection.Name)]
public sealed class StaffJourneys(SiteUnderTest site)
{
    [Fact]
    public async Task An_advisor_handles_a_chasing_call_the_case_officer_completes_the_request_and_the_resident_sees_it_in_my_account()
    {
        // A resident reports a missed bin online, registers, and gives a phone number.
        var resident = await site.NewPage();
        var reference = await ReportMissedBin(resident, "chasing.resident@example.com");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await resident.GetByLabel("First name").FillAsync("Nadia");
        await resident.GetByLabel("Last name").FillAsync("Rahman");
        await resident.GetByLabel("Email address").FillAsync("chasing.resident@example.com");
        await resident.GetByLabel("Create a password").FillAsync("correct horse battery");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await resident.GotoAsync("/account/details");
        await resident.GetByLabel("Phone number (optional)").FillAsync("07700 900 321");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Save your details" }).ClickAsync();

        // The advisor finds her by phone number as she says it, sees the request and its due date.
        var advisor = await SignIn(StaffRole.Advisor);
        await advisor.GotoAsync("/staff/customers");
        await site.AssertAccessible(advisor);
        await advisor.GetByLabel("Name, email, phone number, postcode, address or request reference").FillAsync("+44 7700 900321");
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await site.AssertAccessible(advisor);
        await advisor.GetByRole(AriaRole.Link, new() { Name = "Nadia Rahman" }).ClickAsync();
        await site.AssertAccessible(advisor);
        var requests = await advisor.Locator("section[aria-labelledby=requests]").InnerTextAsync();
        Assert.Contains(reference, requests);
        Assert.Contains("Report a missed bin collection", requests);
        Assert.Matches(@"\d{1,2} [A-Z][a-z]{2} \d{4}", requests);

        // She is chasing it: the contact form suggests so, and the advisor logs it as failure demand.
        await advisor.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Log a contact" }).ClickAsync();
        await site.AssertAccessible(advisor);
        await advisor.GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await advisor.GetByLabel("What was it about?").SelectOptionAsync(new SelectOptionValue { Label = "Report a missed bin collection" });
        await advisor.GetByLabel("Resolved at first contact").CheckAsync();
        await advisor.GetByLabel("Value demand: something we exist to do").CheckAsync();
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await site.AssertAccessible(advisor);
        Assert.Contains("Are they chasing an existing request?", await advisor.Locator("main").InnerTextAsync());
        Assert.True(await advisor.GetByLabel("Chasing progress").IsCheckedAsync());
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await site.AssertAccessible(advisor);
        Assert.Contains("Failure: chasing progress", await advisor.Locator("section[aria-labelledby=contacts]").InnerTextAsync());

        // And adds a public update to the request.
        await advisor.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await site.AssertAccessible(advisor);
        await advisor.GetByLabel("Text", new() { Exact = true }).FillAsync("Nadia called to chase. We have asked the crew to return tomorrow.");
        await advisor.GetByLabel("Public update: the resident sees it and is sent it").CheckAsync();
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await site.AssertAccessible(advisor);
        Assert.Contains("Public update added", await advisor.Locator("main").InnerTextAsync());

        // The case officer assigns it to himself and completes it with a completion note.
        var officer = await SignIn(StaffRole.CaseOfficer);
        await officer.GotoAsync("/staff/queue");
        await site.AssertAccessible(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await site.AssertAccessible(officer);
        await officer.GetByLabel("Named officer").SelectOptionAsync(new SelectOptionValue { Label = "Tom Okafor" });
        await officer.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await site.AssertAccessible(officer);
        await officer.GetByLabel("Completed", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Completion note: what was done (the resident sees this)").FillAsync("The crew came back and emptied your bin.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Close request" }).ClickAsync();
        await site.AssertAccessible(officer);
        Assert.Contains("Request closed", await officer.Locator("main").InnerTextAsync());

        // The resident sees the named officer and the completion in My Account.
        await resident.GotoAsync("/account");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Report a missed bin collection" }).ClickAsync();
        var mine = await resident.Locator("main").InnerTextAsync();
        Assert.Contains("Tom Okafor", mine);
        Assert.Contains("The crew came back and emptied your bin.", mine);
        Assert.Contains("We have asked the crew to return tomorrow.", mine);
    }

    [Fact]
    public async Task An_advisor_raises_a_request_for_a_walk_in_resident_with_no_email_address()
    {
        var advisor = await SignIn(StaffRole.Advisor);
        await advisor.GotoAsync("/staff/contacts/new");
        await site.AssertAccessible(advisor);
        await advisor.GetByLabel("Face to face").CheckAsync();
        await advisor.GetByLabel("A new customer").CheckAsync();
        await advisor.GetByText("New customer’s details").ClickAsync();
        await advisor.GetByLabel("First name").FillAsync("Walter");
        await advisor.GetByLabel("Last name").FillAsync("Ince");
        await advisor.GetByLabel("Address (optional)", new() { Exact = true }).FillAsync("4 Quay Street");
        await advisor.GetByLabel("Postcode (optional)", new() { Exact = true }).FillAsync("E14 9XY");
        await advisor.GetByLabel("What was it about?").SelectOptionAsync(new SelectOptionValue { Label = "Report a missed bin collection" });
        await advisor.GetByLabel("Request raised").CheckAsync();
        await advisor.GetByLabel("Value demand: something we exist to do").CheckAsync();
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();

        await site.AssertAccessible(advisor);
        Assert.Contains("Walter Ince", await advisor.Locator(".govuk-caption-l").InnerTextAsync());
        Assert.True(await advisor.GetByLabel("Face to face").IsCheckedAsync());
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Make request" }).ClickAsync();
        await site.AssertAccessible(advisor);
        Assert.Contains("There is a problem", await advisor.Locator("main").InnerTextAsync());
        await advisor.GetByLabel("General waste (black bin)").CheckAsync();
        await advisor.GetByLabel("Day").FillAsync("20");
        await advisor.GetByLabel("Month").FillAsync("11");
        await advisor.GetByLabel("Year").FillAsync("2026");
        await advisor.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Make request" }).ClickAsync();

        await site.AssertAccessible(advisor);
        Assert.Equal("Request made", await advisor.Locator(".govuk-panel__title").InnerTextAsync());
        var reference = await advisor.Locator("#reference").InnerTextAsync();
        Assert.Contains("by letter", await advisor.Locator("main").InnerTextAsync());
        await advisor.GetByRole(AriaRole.Link, new() { Name = "Open the request" }).ClickAsync();
        await site.AssertAccessible(advisor);
        var casePage = await advisor.Locator("main").InnerTextAsync();
        Assert.Contains(reference, casePage);
        Assert.Contains("Assisted digital", casePage);
        Assert.Contains("by face to face, assisted by an advisor", casePage);
    }

    private async Task<IPage> SignIn(string role)
    {
        var demo = DemoStaffAccounts.All.Single(d => d.Role == role);
        var page = await site.NewPage();
        await page.GotoAsync("/staff/sign-in");
        await site.AssertAccessible(page);
        await page.GetByLabel("Work email address").FillAsync(demo.Email);
        await page.GetByLabel("Password").FillAsync(DemoStaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await site.AssertAccessible(page);
        Assert.Contains($"Hello, {demo.Name}", await page.Locator("h1").InnerTextAsync());
        return page;
    }

    private static async Task<string> ReportMissedBin(IPage page, string email)
    {
        await page.GotoAsync("/services/missed-bin/start");
        await page.GetByLabel("General waste (black bin)").CheckAsync();
        await Continue(page);
        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await Continue(page);
        await page.GetByLabel("Yes").CheckAsync();
        await Continue(page);
        await Continue(page);
        await page.GetByLabel("Address or description of the place").FillAsync("Outside 12 High Street");
        await Continue(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await Continue(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();
        return await page.Locator("#reference").InnerTextAsync();
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
