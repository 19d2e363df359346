using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>The resident journeys of issue 3, item 10, in Chromium, with axe-core run on every page visited.</summary>
[Collection(SiteCollection.Name)]
public sealed class ResidentJourneys(SiteUnderTest site)
{
    [Fact]
    public async Task A_new_resident_finds_the_service_by_describing_it_applies_fixing_a_mistake_registers_and_finds_the_request()
    {
        var page = await site.NewPage();
        await page.GotoAsync("/");
        await site.AssertAccessible(page);

        await page.GetByLabel("What do you need to do?").FillAsync("my bin wasn't collected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await site.AssertAccessible(page);
        var first = page.Locator(".fd-search-results a").First;
        Assert.Equal("Report a missed bin collection", await first.InnerTextAsync());

        await first.ClickAsync();
        await site.AssertAccessible(page);
        Assert.Contains("We aim to respond within 2 working days", await page.Locator("#how-long").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await site.AssertAccessible(page);

        await Continue(page);
        Assert.StartsWith("Error: ", await page.TitleAsync());
        Assert.Contains("Select at least one answer", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await site.AssertAccessible(page);
        await page.GetByLabel("General waste (black bin)").CheckAsync();
        await Continue(page);
        await site.AssertAccessible(page);

        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await Continue(page);
        await site.AssertAccessible(page);
        await page.GetByLabel("Yes").CheckAsync();
        await Continue(page);
        await site.AssertAccessible(page);
        await Continue(page); // anything else: optional
        await site.AssertAccessible(page);
        await page.GetByLabel("Address or description of the place").FillAsync("Outside 12 High Street");
        await Continue(page);
        await site.AssertAccessible(page);
        await page.GetByLabel("Email address").FillAsync("new.resident@example.com");
        await Continue(page);

        await site.AssertAccessible(page);
        Assert.StartsWith("Check your answers", await page.TitleAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();
        await site.AssertAccessible(page);
        var reference = await page.Locator("#reference").InnerTextAsync();
        Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$", reference);
        Assert.Contains("We aim to respond by", await page.Locator("#expected-date").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await site.AssertAccessible(page);
        await page.GetByLabel("First name").FillAsync("Amina");
        await page.GetByLabel("Last name").FillAsync("Begum");
        await page.GetByLabel("Email address").FillAsync("new.resident@example.com");
        await page.GetByLabel("Create a password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await site.AssertAccessible(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Report a missed bin collection" }).ClickAsync();
        await site.AssertAccessible(page);
        Assert.Contains(reference, await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task A_guest_reports_a_pothole_and_follows_it_by_the_link()
    {
        var page = await site.NewPage();
        await ReportPotholeAsGuest(page, "pot hole");

        var link = await page.Locator("#track-link").GetAttributeAsync("href");
        var reference = await page.Locator("#reference").InnerTextAsync();
        var elsewhere = await site.NewPage();
        await elsewhere.GotoAsync(link!);
        await site.AssertAccessible(elsewhere);
        Assert.Contains(reference, await elsewhere.Locator("h1").InnerTextAsync());
        Assert.Contains("Acknowledged", await elsewhere.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task A_guest_reports_a_pothole_in_Bengali()
    {
        var page = await site.NewPage();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        Assert.Equal("bn", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.EndsWith("/", new Uri(page.Url).AbsolutePath);

        await ReportPotholeAsGuest(page, "hole in the road");

        Assert.Equal("bn", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("অনুরোধ পাঠানো হয়েছে", await page.Locator(".govuk-panel__title").InnerTextAsync());
    }

    [Fact]
    public async Task The_search_journey_works_with_JavaScript_switched_off()
    {
        var page = await site.NewPage(javaScript: false);
        await page.GotoAsync("/");
        await site.AssertAccessible(page);
        Assert.DoesNotContain("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? "");

        await page.GetByLabel("What do you need to do?").FillAsync("niosy nieghbours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await site.AssertAccessible(page);
        await page.Locator(".fd-search-results a").First.ClickAsync();
        Assert.Equal("Report a noise problem", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await site.AssertAccessible(page);
        await Continue(page);
        Assert.StartsWith("Error: ", await page.TitleAsync());
        await site.AssertAccessible(page);

        await page.GotoAsync("/search?q=zzqqxx");
        await site.AssertAccessible(page);
        Assert.Contains("We could not find a service", await page.Locator("main").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Ask us a question online" }).IsVisibleAsync());
    }

    /// <summary>Search, pick the pothole service and answer as a guest; ends on the confirmation page.</summary>
    private async Task ReportPotholeAsGuest(IPage page, string query)
    {
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(query));
        await site.AssertAccessible(page);
        await page.Locator(".fd-search-results a").First.ClickAsync();
        Assert.Equal("Report a pothole", await page.Locator("h1").InnerTextAsync());
        await site.AssertAccessible(page);
        await page.Locator(".govuk-button--start").ClickAsync();
        foreach (var answer in new[] { "In the road", "About the size of a car tyre", "Deeper than 4cm" })
        {
            await site.AssertAccessible(page);
            await page.GetByLabel(answer).CheckAsync();
            await Continue(page);
        }

        await site.AssertAccessible(page);
        await page.Locator("#details").FillAsync("Cyclists are swerving round it");
        await Continue(page);
        await site.AssertAccessible(page);
        await page.Locator("#address").FillAsync("Junction of Mile End Road and Burdett Road");
        await page.Locator("#postcode").FillAsync("E3 4AA");
        await Continue(page);
        await site.AssertAccessible(page);
        await page.Locator("#phone").FillAsync("07700 900 982");
        await Continue(page);
        await site.AssertAccessible(page);
        await page.Locator("form button.govuk-button").ClickAsync();
        await site.AssertAccessible(page);
        Assert.True(await page.Locator("#reference").IsVisibleAsync());
    }

    private static Task Continue(IPage page) => page.Locator("main form button.govuk-button").Last.ClickAsync();
}
