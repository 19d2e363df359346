using System.Net;
using System.Net.Sockets;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// FrontDoor running for real on Kestrel (127.0.0.1, a free port) on a throw-away SQLite database with the demo
/// catalogue, and one headless Chromium (the system's, never a downloaded one). Shared by every browser test.
/// </summary>
public sealed class SiteUnderTest : IAsyncLifetime
{
    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), $"frontdoor-browser-{Guid.NewGuid():N}.db");
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IPage, bool> scriptedPageSet = new();
    private Factory? factory;
    private IPlaywright? playwright;

    /// <summary>What the server and the browser did, written to <see cref="SiteLog.FilePath"/> at the end.</summary>
    public SiteLog Log { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Errors the pages wrote to the browser console (a failed script, a blocked resource).</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> ConsoleErrors { get; } = [];

    public async Task InitializeAsync()
    {
        var port = FreePort();
        factory = new Factory(databaseFile, Log);
        factory.UseKestrel(port);
        factory.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FRONTDOOR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPage(bool javaScript = true)
    {
        // axe-core is injected by the test, which the site's content security policy would (rightly) refuse; the policy
        // itself is checked by the slice tests, and any violation the site causes is caught from the console below.
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, JavaScriptEnabled = javaScript, Locale = "en-GB", BypassCSP = true });
        // Generous, because the browser tests share two cores with the web tests in one run; a wait is not a measure.
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(45_000);
        var page = await context.NewPageAsync();
        if (javaScript)
        {
            scriptedPageSet[page] = true;
        }
        page.Request += (_, request) => Log.Write("browser", $"-> {request.Method} {request.Url}");
        page.RequestFinished += (_, request) => Log.Write("browser", $"<- {request.Method} {request.Url}");
        page.RequestFailed += (_, request) => Log.Write("browser", $"xx {request.Method} {request.Url}: {request.Failure}");
        page.Load += (_, loaded) => Log.Write("browser", $"load {loaded.Url}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>
    /// Runs axe-core on the page as it is now and fails with each violation's rule and elements. axe needs script, so a
    /// page from a context with JavaScript off is checked as a copy of its HTML (scripts removed) in a scripted page
    /// on the same origin, which renders it the same way.
    /// </summary>
    public async Task AssertAccessible(IPage page)
    {
        Log.Step($"check {page.Url}");
        // Asked of the page itself rather than of the client's record of load events, which can lag or miss one
        // (see KeyboardJourney.PressAndArrive).
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        Log.Step($"loaded {page.Url}");
        var checkedPage = page;
        if (!scriptedPageSet.ContainsKey(page))
        {
            var html = System.Text.RegularExpressions.Regex.Replace(await page.ContentAsync(), "<script[^>]*>.*?</script>", "",
                System.Text.RegularExpressions.RegexOptions.Singleline);
            checkedPage = await NewPage();
            await checkedPage.GotoAsync(page.Url);
            await checkedPage.SetContentAsync(html);
        }

        var result = await checkedPage.RunAxe();
        Log.Step($"axe done {page.Url}");
        if (checkedPage != page)
        {
            await checkedPage.Context.CloseAsync();
        }

        Assert.True(ConsoleErrors.IsEmpty, $"The browser console has errors:\n{string.Join("\n", ConsoleErrors)}");
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(problems.Count == 0, $"{page.Url} has accessibility violations:\n{string.Join("\n", problems)}");
    }

    public async Task DisposeAsync()
    {
        Log.Save();
        Log.Dispose();
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(string databaseFile, SiteLog log) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(log));
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={databaseFile}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Demo:HistoryRequests", "0");
            builder.UseSetting("DevMail:Enabled", "true");

            builder.UseSetting("RateLimits:PerMinute", "1000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteUnderTest>
{
    public const string Name = "site";
}
