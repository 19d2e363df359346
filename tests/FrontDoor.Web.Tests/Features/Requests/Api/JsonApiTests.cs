using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrontDoor.Web.Features.Requests;
using static FrontDoor.Web.Tests.Features.Requests.Api.Open311Kit;

namespace FrontDoor.Web.Tests.Features.Requests.Api;

public abstract class JsonApiTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : JsonApiTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : JsonApiTests(DatabaseProvider.Postgres);

    private async Task<(HttpClient Api, string Id)> Setup()
    {
        var key = await IssueKey(Host, "Back office");
        var client = Host.CreateClient();
        var created = await Xml(await Post(client, "/requests.xml", MissedBin(key)));
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return (client, created.Root!.Element("request")!.Element("service_request_id")!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fd_wrong")]
    public async Task Every_call_needs_a_valid_key(string? key)
    {
        var client = Host.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.GetAsync("/api/v1/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_is_read_with_its_public_history_and_never_an_internal_note_or_the_reporters_details()
    {
        var (api, id) = await Setup();
        await Host.InScope(sp => sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(
            new AddRequestUpdate.Command(id, null, "Reporter is known to us, see file 12", IsPublic: false, Actor.Staff(Guid.NewGuid(), "Sam"))));

        var response = await api.GetAsync($"/api/v1/requests/{id}");
        var text = await response.Content.ReadAsStringAsync();
        var json = await Json(response);

        Assert.Equal(id, json.GetProperty("request").GetProperty("service_request_id").GetString());
        Assert.Equal("2026-11-25T23:59:59+00:00", json.GetProperty("request").GetProperty("expected_datetime").GetString());
        Assert.Equal(["submitted", "status-changed"], json.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.DoesNotContain("file 12", text);
        Assert.DoesNotContain("jo.bloggs", text);
        Assert.DoesNotContain("Bloggs", text);
        Assert.DoesNotContain("7946 0999", text);
    }

    [Fact]
    public async Task Search_finds_by_reference_status_and_service()
    {
        var (api, id) = await Setup();

        var byReference = await Json(await api.GetAsync($"/api/v1/requests?q={id}"));
        var byStatus = await Json(await api.GetAsync("/api/v1/requests?status=open&service_code=missed-bin"));
        var none = await Json(await api.GetAsync("/api/v1/requests?status=closed"));

        Assert.Equal(id, Assert.Single(byReference.GetProperty("requests").EnumerateArray()).GetProperty("service_request_id").GetString());
        Assert.Single(byStatus.GetProperty("requests").EnumerateArray());
        Assert.Empty(none.GetProperty("requests").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/requests?status=foo")).StatusCode);
    }

    [Fact]
    public async Task An_update_and_status_changes_go_through_the_lifecycle_and_a_stale_version_is_refused()
    {
        var (api, id) = await Setup();

        var updated = await Json(await api.PostAsJsonAsync($"/api/v1/requests/{id}/updates", new { text = "A crew is on the way." }), HttpStatusCode.Created);
        var version = updated.GetProperty("version").GetInt32();
        Assert.Equal("A crew is on the way.", updated.GetProperty("history").EnumerateArray().Last().GetProperty("note").GetString());

        var moved = await Json(await api.PostAsJsonAsync($"/api/v1/requests/{id}/status", new { status = "in-progress", expected_version = version }));
        Assert.Equal("in-progress", moved.GetProperty("request").GetProperty("status").GetString());

        var stale = await api.PostAsJsonAsync($"/api/v1/requests/{id}/status", new { status = "action-scheduled", expected_version = version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var backwards = await api.PostAsJsonAsync($"/api/v1/requests/{id}/status", new { status = "submitted" });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);

        var noNote = await api.PostAsJsonAsync($"/api/v1/requests/{id}/status", new { status = "closed", reason = "completed" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);

        var closed = await Json(await api.PostAsJsonAsync($"/api/v1/requests/{id}/status", new { status = "closed", reason = "completed", completion_note = "Emptied." }));
        Assert.Equal("closed", closed.GetProperty("request").GetProperty("status_category").GetString());

        var reopened = await Json(await api.PostAsJsonAsync($"/api/v1/requests/{id}/status", new { status = "in-progress", public_note = "The resident says it was not emptied." }));
        Assert.Equal("in-progress", reopened.GetProperty("request").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_request_in_a_sensitive_service_or_an_unknown_one_is_not_found_and_a_json_body_is_required()
    {
        var (api, _) = await Setup();
        var noise = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(new SubmitRequest.Command
        {
            CouncilCode = "thameside",
            ServiceCode = "noise",
            Channel = Channel.Web,
            Address = "1 Quiet Road",
            Answers = new Dictionary<string, string?[]> { ["noise-type"] = ["music"], ["source"] = ["neighbour"], ["when"] = ["often"] },
        }));
        Assert.True(noise.Succeeded, noise.Error?.Message);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/requests/{noise.Value.Reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/requests/K7M4QPX9Y")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/v1/requests/{noise.Value.Reference}/updates", new { text = "x" })).StatusCode);
        var form = await api.PostAsync($"/api/v1/requests/{noise.Value.Reference}/updates", new FormUrlEncodedContent([new("text", "x")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_and_the_reference_page_describe_the_api()
    {
        var client = Host.CreateClient();

        var openapi = await Json(await client.GetAsync("/openapi"));
        var page = await client.GetAsync("/api-docs");

        var paths = openapi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/requests", paths);
        Assert.Contains("/api/v1/requests/{reference}/status", paths);
        Assert.Contains("/api/v1/webhooks", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/open311", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/openapi", await page.Content.ReadAsStringAsync());
    }
}
