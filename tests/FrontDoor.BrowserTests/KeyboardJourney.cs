using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>WCAG 2.1.1: the search and the first steps of a form with the keyboard alone, starting from the skip link.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardJourney(SiteUnderTest site)
{
    [Fact]
    public async Task A_resident_finds_a_service_and_answers_a_question_with_the_keyboard_alone()
    {
        var page = await site.NewPage();
        await page.GotoAsync("/");
        await site.AssertAccessible(page);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await TabTo(page, "#q");
        await page.Keyboard.TypeAsync("hole in the road");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");
        await site.AssertAccessible(page);

        await TabTo(page, ".fd-search-results a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/services/pothole");
        await site.AssertAccessible(page);

        await TabTo(page, ".govuk-button--start");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/questions/where-on-road");
        await site.AssertAccessible(page);

        await TabTo(page, "input[name='where-on-road']");
        await page.Keyboard.PressAsync("Space");
        await TabTo(page, "main form button.govuk-button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/questions/size");
        await site.AssertAccessible(page);
    }

    /// <summary>Presses Tab until the element matching the selector has focus; fails if it never does.</summary>
    private static async Task TabTo(IPage page, string selector)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Could not reach {selector} with the Tab key");
    }
}
