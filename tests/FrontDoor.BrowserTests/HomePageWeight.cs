using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FrontDoor.BrowserTests;

/// <summary>Issue 3's budget: the home page, with everything it loads, under 150 KB transferred on a first visit.</summary>
[Collection(SiteCollection.Name)]
public sealed class HomePageWeight(SiteUnderTest site, ITestOutputHelper output)
{
    [Fact]
    public async Task The_home_page_transfers_less_than_150_KB_on_a_first_visit()
    {
        var page = await site.NewPage();
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => finished.Add(request);

        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        var lines = new List<(string Url, long Bytes)>();
        foreach (var request in finished.ToList())
        {
            var sizes = await request.SizesAsync();
            lines.Add((request.Url, sizes.ResponseBodySize + sizes.ResponseHeadersSize));
        }

        var total = lines.Sum(l => l.Bytes);
        foreach (var (url, bytes) in lines)
        {
            output.WriteLine($"{bytes,8:N0}  {url}");
        }

        output.WriteLine($"{total,8:N0}  total over {lines.Count} requests");
        Assert.True(total < 150 * 1024, $"The home page transferred {total:N0} bytes");
    }
}
