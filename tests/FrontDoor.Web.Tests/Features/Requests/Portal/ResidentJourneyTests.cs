using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Portal;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Requests.Portal;

public abstract partial class ResidentJourneyTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : ResidentJourneyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ResidentJourneyTests(DatabaseProvider.Postgres);

    private ResidentClient NewResident() => new(Host.CreateClient());

    /// <summary>A guest reports a missed bin: one question per page, check answers, confirmation. Returns the tracking URL.</summary>
    internal static async Task<(string TrackUrl, string Reference)> ReportMissedBinAsGuest(ResidentClient resident)
    {
        await resident.Get("/services/missed-bin/start");
        Assert.EndsWith("/services/missed-bin/questions/bin-type", resident.LastUrl!.AbsolutePath);
        await resident.PostWithToken("/services/missed-bin/questions/bin-type", [("bin-type", "general")]);
        await resident.PostWithToken("/services/missed-bin/questions/collection-date", [("collection-date", "20"), ("collection-date", "11"), ("collection-date", "2026")]);
        await resident.PostWithToken("/services/missed-bin/questions/bin-out", [("bin-out", "yes")]);
        await resident.PostWithToken("/services/missed-bin/questions/details", [("details", "")]);
        await resident.PostWithToken("/services/missed-bin/location", [("address", "12 High Street"), ("postcode", "e14 2bg")]);
        await resident.PostWithToken("/services/missed-bin/contact", [("fullName", ""), ("email", "guest@example.com"), ("phone", "")]);
        Assert.StartsWith("Check your answers before sending", resident.Title);
        var confirmation = await resident.PostWithToken("/services/missed-bin/check", []);
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.EndsWith("/services/missed-bin/confirmation", resident.LastUrl!.AbsolutePath);
        var reference = Regex.Match(resident.LastHtml, "id=\"reference\">([^<]+)<").Groups[1].Value;
        return (TrackLink().Match(resident.LastHtml).Groups[1].Value, FrontDoor.Domain.References.RequestReference.Parse(reference).Value.Value);
    }

    [Fact]
    public async Task The_service_page_says_how_long_in_working_days_and_as_a_date()
    {
        var resident = NewResident();

        await resident.Get("/services/missed-bin");

        // Monday 23 November 2026, 10:00 + 2 working days.
        Assert.Contains("We aim to respond within 2 working days – by Wednesday 25 November if you apply today", resident.Text);
    }

    [Fact]
    public async Task A_missing_answer_shows_the_error_summary_inline_error_and_an_error_title()
    {
        var resident = NewResident();
        await resident.Get("/services/missed-bin/start");

        var response = await resident.PostWithToken("/services/missed-bin/questions/bin-type", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", resident.Title);
        Assert.Contains("govuk-error-summary", resident.LastHtml);
        Assert.Contains("href=\"#bin-type\"", resident.LastHtml);
        Assert.Contains("id=\"bin-type-error\"", resident.LastHtml);
        Assert.Contains("Select at least one answer to ‘Which bin was not collected?’", resident.Text);
    }

    [Fact]
    public async Task A_guest_reports_gets_a_reference_and_date_and_follows_it_by_a_secret_link()
    {
        var resident = NewResident();

        var (trackUrl, canonical) = await ReportMissedBinAsGuest(resident);

        Assert.Contains("Request sent", resident.Text);
        Assert.Contains("We aim to respond by Wednesday 25 November", resident.Text);
        var reference = Regex.Match(resident.LastHtml, "id=\"reference\">([^<]+)<").Groups[1].Value;
        Assert.True(FrontDoor.Domain.References.RequestReference.IsValid(reference));
        Assert.DoesNotContain(reference.Replace("-", ""), trackUrl);

        var saved = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.Reference == canonical));
        Assert.Equal("guest@example.com", saved.ReporterEmail);
        Assert.Equal("E14 2BG", saved.Postcode);
        Assert.Equal(Channel.Web, saved.Channel);

        var stranger = NewResident();
        await stranger.Get(new Uri(trackUrl).PathAndQuery);
        Assert.Contains(reference, stranger.Text);
        Assert.Contains("Acknowledged", stranger.Text);
    }

    [Fact]
    public async Task Tracking_shows_public_updates_but_never_internal_notes_and_unknown_or_expired_links_are_not_found()
    {
        var resident = NewResident();
        var (trackUrl, reference) = await ReportMissedBinAsGuest(resident);
        var trackPath = new Uri(trackUrl).PathAndQuery;
        await Host.InScope(sp => sp.GetRequiredService<RequestChanges>().Apply(reference, null, (request, _, clock) =>
        {
            request.AddInternalNote("Crew says resident is difficult", Actor.Staff(Guid.NewGuid(), "Officer"), clock);
            return request.AddPublicUpdate("The crew will return tomorrow", Actor.Staff(Guid.NewGuid(), "Officer"), clock);
        }));

        await resident.Get(trackPath);
        Assert.Contains("The crew will return tomorrow", resident.Text);
        Assert.DoesNotContain("difficult", resident.Text);

        Assert.Equal(HttpStatusCode.NotFound, (await resident.Get("/track/" + SecretToken.New())).StatusCode);
        // Expire it in the database rather than move the clock, which the other tests of this host share.
        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var requestId = await db.Set<ServiceRequest>().Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync();
            var link = await db.Set<GuestTrackingLink>().SingleAsync(l => l.RequestId == requestId);
            db.Entry(link).Property(l => l.ExpiresUtc).CurrentValue = Host.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Get(trackPath)).StatusCode);
    }

    [Fact]
    public async Task Change_links_on_check_answers_come_back_to_check_answers()
    {
        var resident = NewResident();
        await ReportMissedBinAsGuestUntilCheck(resident);

        await resident.Get("/services/missed-bin/questions/bin-out?change=true");
        await resident.PostWithToken("/services/missed-bin/questions/bin-out", [("change", "true"), ("bin-out", "no")]);

        Assert.StartsWith("Check your answers before sending", resident.Title);
        Assert.Contains("href=\"/services/missed-bin/questions/bin-out?change=true\"", resident.LastHtml);
    }

    [Fact]
    public async Task Check_answers_sends_the_resident_back_to_the_first_question_not_yet_answered()
    {
        var resident = NewResident();
        await resident.Get("/services/missed-bin/start");
        await resident.PostWithToken("/services/missed-bin/questions/bin-type", [("bin-type", "general")]);

        await resident.Get("/services/missed-bin/check");

        Assert.Equal("/services/missed-bin/questions/collection-date", resident.LastUrl!.AbsolutePath);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var resident = NewResident();
        await resident.Get("/services/missed-bin/start");

        var response = await resident.Http.PostAsync("/services/missed-bin/questions/bin-type", new FormUrlEncodedContent([new("bin-type", "general")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Nothing_the_resident_types_appears_in_a_url()
    {
        var resident = NewResident();
        await ReportMissedBinAsGuestUntilCheck(resident);

        Assert.DoesNotContain("example.com", resident.LastUrl!.ToString());
        Assert.DoesNotContain("High", resident.LastUrl!.ToString());
        var journeyCookie = resident.LastHtml; // the draft lives on the server; the page links carry only step names
        Assert.DoesNotContain("?address=", journeyCookie);
    }

    private static async Task ReportMissedBinAsGuestUntilCheck(ResidentClient resident)
    {
        await resident.Get("/services/missed-bin/start");
        await resident.PostWithToken("/services/missed-bin/questions/bin-type", [("bin-type", "general")]);
        await resident.PostWithToken("/services/missed-bin/questions/collection-date", [("collection-date", "20"), ("collection-date", "11"), ("collection-date", "2026")]);
        await resident.PostWithToken("/services/missed-bin/questions/bin-out", [("bin-out", "yes")]);
        await resident.PostWithToken("/services/missed-bin/questions/details", [("details", "")]);
        await resident.PostWithToken("/services/missed-bin/location", [("address", "12 High Street"), ("postcode", "")]);
        await resident.PostWithToken("/services/missed-bin/contact", [("email", "guest@example.com")]);
    }

    [GeneratedRegex("id=\"track-link\" href=\"([^\"]+)\"")]
    private static partial Regex TrackLink();
}
