using System.Net;
using System.Xml.Linq;

namespace FrontDoor.Web.Tests.Features.Site;

/// <summary>What every resident page shares: languages, security headers, rate limits, the home page and search.</summary>
public abstract class ResidentSiteTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : ResidentSiteTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ResidentSiteTests(DatabaseProvider.Postgres);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:PerMinute"] = "3" };

    [Fact]
    public async Task Choosing_a_language_keeps_the_resident_on_the_same_page_and_formats_dates_for_it()
    {
        var resident = new ResidentClient(Host.CreateClient());

        await resident.Get("/services/missed-bin?lang=bn");

        Assert.Equal("/services/missed-bin", resident.LastUrl!.AbsolutePath);
        Assert.Contains("<html lang=\"bn\"", resident.LastHtml);
        Assert.Contains("একটি সেবা খুঁজুন", resident.Text);
        // Wednesday 25 November in Bengali (bn-BD), when ICU has it.
        Assert.Contains("বুধবার", resident.Text);

        await resident.Get("/search?q=pothole&lang=so");
        Assert.Equal("?q=pothole", resident.LastUrl!.Query);
        Assert.Contains("Natiijooyinka raadinta", resident.Text);
    }

    [Fact]
    public async Task Every_page_has_the_security_headers_and_no_inline_script()
    {
        var response = await Host.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited()
    {
        var resident = new ResidentClient(Host.CreateClient());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await resident.Submit("/account/sign-in", [("email", "nobody@example.com"), ("password", "wrong password")])).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_home_page_groups_services_by_need_and_search_without_a_match_offers_other_ways_to_get_help()
    {
        var resident = new ResidentClient(Host.CreateClient());

        await resident.Get("/");
        Assert.Contains("Services by what you need", resident.Text);
        Assert.Contains("href=\"/services/missed-bin\"", resident.LastHtml);

        await resident.Get("/search?q=zzqqxx");
        Assert.Contains("We could not find a service", resident.Text);
        Assert.Contains("Other ways to get help", resident.Text);
    }

    [Fact]
    public async Task Unknown_pages_get_a_GOV_UK_not_found_page()
    {
        var resident = new ResidentClient(Host.CreateClient());

        var response = await resident.Get("/services/no-such-service");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("Page not found", resident.Title);
    }

    [Fact]
    public async Task Feedback_is_stored_against_service_channel_and_stage_without_who_gave_it()
    {
        var resident = new ResidentClient(Host.CreateClient());

        await resident.Submit("/feedback?service=pothole&stage=after-submission", [("service", "pothole"), ("stage", "after-submission")]);
        Assert.Contains("Answer at least one question", resident.Text);
        await resident.Submit("/feedback?service=pothole&stage=after-submission",
            [("service", "pothole"), ("stage", "after-submission"), ("satisfaction", "4"), ("easeOfUse", "5"), ("comments", "Quick")]);

        Assert.Contains("Thank you for your feedback", resident.Text);
        var saved = await Host.InScope(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Feedback.FeedbackResponse>()));
        Assert.Equal(("after-submission", "web", 4, 5, "Quick"), (saved.Stage, saved.Channel, saved.Satisfaction, saved.EaseOfUse, saved.Comments));
        Assert.NotNull(saved.ServiceId);
    }

    [Fact]
    public void Every_English_text_has_a_Bengali_and_a_Somali_draft()
    {
        static HashSet<string> Keys(string file) =>
            XDocument.Load(Path.Combine(SourceFolder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        var english = Keys("SiteText.resx");
        Assert.NotEmpty(english);
        Assert.Empty(english.Except(Keys("SiteText.bn.resx")));
        Assert.Empty(english.Except(Keys("SiteText.so.resx")));
    }

    private static string SourceFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FrontDoor.slnx")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder!.FullName, "src/FrontDoor.Web/Features/Shared");
        }
    }
}
