using System.Net;
using System.Xml.Linq;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Requests.Api;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Web.Tests.Features.Requests.Api.Open311Kit;

namespace FrontDoor.Web.Tests.Features.Requests.Api;

public abstract class Open311PostTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : Open311PostTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : Open311PostTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task A_report_is_created_found_again_with_its_expected_date_and_recorded_as_the_api_channel_and_client()
    {
        var key = await IssueKey(Host, "FixMyStreet");
        var client = Host.CreateClient();

        var created = await Xml(await Post(client, "/requests.xml", MissedBin(key)));

        Assert.Equal(Paths(Sample("post_service_request.xml")), Paths(created));
        var id = created.Root!.Element("request")!.Element("service_request_id")!.Value;
        Assert.StartsWith("We will collect your bin", created.Root.Element("request")!.Element("service_notice")!.Value);

        var found = await Xml(await client.GetAsync($"{Endpoint}/requests/{id}.xml?jurisdiction_id=thameside"));
        Assert.Equal(Paths(Sample("request.xml")), Paths(found));
        var request = found.Root!.Element("request")!;
        Assert.Equal("open", request.Element("status")!.Value);
        Assert.Equal("missed-bin", request.Element("service_code")!.Value);
        Assert.Equal("Waste and Recycling", request.Element("agency_responsible")!.Value);
        // Monday 23 November 2026 + 2 working days, by the end of the day in London.
        Assert.Equal("2026-11-25T23:59:59+00:00", request.Element("expected_datetime")!.Value);
        Assert.Equal("2026-11-23T10:00:00+00:00", request.Element("requested_datetime")!.Value);

        var saved = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.Reference == id));
        Assert.Equal(Channel.Api, saved.Channel);
        Assert.Equal("FixMyStreet", saved.SourceClient);
        Assert.Equal("Jo Bloggs", saved.ReporterName);
        Assert.Equal("general", saved.Answers.Single(a => a.Code == "bin-type").Value);
    }

    [Fact]
    public async Task The_specification_example_post_is_answered_in_the_example_shape_in_json_with_ids_as_strings()
    {
        var key = await IssueKey(Host);
        var response = await Post(Host.CreateClient(), "/requests.json", MissedBin(key));

        var json = await Json(response);
        var only = Assert.Single(json.EnumerateArray());
        Assert.Equal(
            Sample("post_service_request.xml").Root!.Element("request")!.Elements().Select(e => e.Name.LocalName).Order(),
            only.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(System.Text.Json.JsonValueKind.String, only.GetProperty("service_request_id").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, only.GetProperty("account_id").ValueKind);
    }

    [Fact]
    public async Task A_datetime_attribute_in_w3c_format_is_kept_as_the_day_in_london()
    {
        var key = await IssueKey(Host);
        var created = await Xml(await Post(Host.CreateClient(), "/requests.xml",
            MissedBin(key, ("attribute[collection-date]", "2026-11-20T23:30:00-02:00"))));

        var id = created.Root!.Element("request")!.Element("service_request_id")!.Value;
        var saved = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.Reference == id));
        Assert.Equal("2026-11-21", saved.Answers.Single(a => a.Code == "collection-date").Value);
    }

    [Theory]
    [InlineData("Ein bin ni heb ei gwagio ŵ ŷ â — diolch", "Welsh")]
    [InlineData("الحاوية لم تفرغ", "Arabic, right to left")]
    [InlineData("Bin not emptied 🗑️😡 again", "emoji")]
    [InlineData("<script>alert('x')</script> & <b>bold</b>", "markup")]
    public async Task Text_is_kept_exactly_and_markup_is_escaped_in_xml_and_json(string description, string kind)
    {
        var key = await IssueKey(Host, kind);
        var client = Host.CreateClient();
        var created = await Xml(await Post(client, "/requests.xml", MissedBin(key, ("description", description))));
        var id = created.Root!.Element("request")!.Element("service_request_id")!.Value;

        var xmlText = await (await client.GetAsync($"{Endpoint}/requests/{id}.xml")).Content.ReadAsStringAsync();
        var jsonText = await (await client.GetAsync($"{Endpoint}/requests/{id}.json")).Content.ReadAsStringAsync();

        Assert.Equal(description, XDocument.Parse(xmlText).Root!.Element("request")!.Element("description")!.Value);
        var json = System.Text.Json.JsonDocument.Parse(jsonText).RootElement[0];
        Assert.Equal(description, json.GetProperty("description").GetString());
        Assert.DoesNotContain("<script>", xmlText);
        Assert.DoesNotContain("<script>", jsonText);
        Assert.DoesNotContain("<b>", jsonText);
    }

    public static TheoryData<string, string, string, string, int> BadPosts()
    {
        var data = new TheoryData<string, string, string, string, int>();
        const string form = "application/x-www-form-urlencoded";
        void Add(string name, (string, string?)[] changes, int status, string path = "/requests.xml") =>
            data.Add(name, Encode(MissedBin("KEY", changes)), form, path, status);

        Add("missing api_key", [("api_key", null)], 403);
        Add("blank api_key", [("api_key", "")], 403);
        Add("wrong api_key", [("api_key", "fd_not-a-real-key")], 403);
        Add("unknown jurisdiction", [("jurisdiction_id", "atlantis")], 404);
        Add("unknown service_code", [("service_code", "no-such-service")], 404);
        Add("missing service_code", [("service_code", null)], 400);
        Add("no location", [("lat", null), ("long", null), ("address_string", null)], 400);
        Add("lat without long", [("long", null)], 400);
        Add("lat=91", [("lat", "91")], 400);
        Add("decimal comma", [("lat", "51,5074")], 400);
        Add("NaN", [("lat", "NaN")], 400);
        Add("Infinity", [("long", "Infinity")], 400);
        Add("required attribute missing", [("attribute[bin-out]", null)], 400);
        Add("value not in the list", [("attribute[bin-out]", "maybe")], 400);
        Add("unknown attribute code", [("attribute[colour]", "red")], 400);
        Add("malformed attribute", [("attribute[bin-out", "yes")], 400);
        Add("non-W3C datetime attribute", [("attribute[collection-date]", "20/11/2026")], 400);
        Add("description of 4,001 characters", [("description", new string('a', 4001))], 400);
        Add("javascript: media_url", [("media_url", "javascript:alert(1)")], 400);
        Add("file: media_url", [("media_url", "file:///etc/passwd")], 400);
        Add("loopback media_url", [("media_url", "http://127.0.0.1:8080/admin")], 400);
        Add("private media_url", [("media_url", "http://10.1.2.3/photo.jpg")], 400);
        Add("cloud metadata media_url", [("media_url", "http://169.254.169.254/latest/meta-data/")], 400);
        Add("localhost media_url", [("media_url", "http://localhost/photo.jpg")], 400);
        Add("internal name media_url", [("media_url", "https://crm.internal/photo.jpg")], 400);
        Add(".csv extension", [], 400, "/requests.csv");
        data.Add("NUL byte", Encode(MissedBin("KEY")) + "&description=bin%00missed", form, "/requests.xml", 400);
        data.Add("invalid UTF-8 escape", Encode(MissedBin("KEY", ("description", null))) + "&description=caf%C3%28", form, "/requests.xml", 400);
        data.Add("JSON body", "{\"api_key\":\"KEY\",\"service_code\":\"missed-bin\",\"lat\":51.5,\"long\":0}", "application/json", "/requests.xml", 400);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task A_bad_post_is_refused_as_specified_stores_nothing_and_leaves_the_server_healthy(string name, string body, string contentType, string path, int status)
    {
        var key = await IssueKey(Host, name);
        var client = Host.CreateClient();
        var before = await CountRequests(Host);

        var response = await PostRaw(client, path, Utf8(body.Replace("KEY", key)), contentType);

        var description = await Error(response, (HttpStatusCode)status);
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.Equal(before, await CountRequests(Host));
        await AssertHealthy(client);
    }

    [Fact]
    public async Task Invalid_utf8_sent_as_raw_bytes_is_refused_and_nothing_is_stored()
    {
        var key = await IssueKey(Host);
        var body = Utf8(Encode(MissedBin(key, ("description", null))) + "&description=").Concat(new byte[] { 0xFF, 0xFE, 0x41 }).ToArray();

        var response = await PostRaw(Host.CreateClient(), "/requests.xml", body);

        await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountRequests(Host));
    }

    [Fact]
    public async Task A_description_of_4000_characters_is_accepted()
    {
        var key = await IssueKey(Host);

        var response = await Post(Host.CreateClient(), "/requests.xml", MissedBin(key, ("description", new string('a', 4000))));

        await Xml(response);
        Assert.Equal(1, await CountRequests(Host));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_same_request_and_stores_one()
    {
        var key = await IssueKey(Host);
        var client = Host.CreateClient();

        var first = await Xml(await Post(client, "/requests.xml", MissedBin(key), idempotencyKey: "fms-report-1001"));
        var second = await Xml(await Post(client, "/requests.xml", MissedBin(key), idempotencyKey: "fms-report-1001"));

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(1, await CountRequests(Host));

        var token = await Xml(await client.GetAsync($"{Endpoint}/tokens/fms-report-1001.xml"));
        Assert.Equal(Paths(Sample("tokens.xml")), Paths(token));
        Assert.Equal(first.Root!.Element("request")!.Element("service_request_id")!.Value, token.Root!.Element("request")!.Element("service_request_id")!.Value);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_report_is_refused()
    {
        var key = await IssueKey(Host);
        var client = Host.CreateClient();
        await Xml(await Post(client, "/requests.xml", MissedBin(key), idempotencyKey: "k-1"));

        var response = await Post(client, "/requests.xml", MissedBin(key, ("description", "Something else")), idempotencyKey: "k-1");

        await Error(response, HttpStatusCode.BadRequest);
        Assert.Equal(1, await CountRequests(Host));
    }

    [Fact]
    public async Task A_retry_without_a_key_is_recognised_within_the_window_but_not_after_it()
    {
        var key = await IssueKey(Host);
        var client = Host.CreateClient();

        var first = await Xml(await Post(client, "/requests.xml", MissedBin(key)));
        Host.Clock.Advance(ApiSubmission.RetryWindow - TimeSpan.FromSeconds(1));
        var retry = await Xml(await Post(client, "/requests.xml", MissedBin(key)));
        Assert.Equal(first.ToString(), retry.ToString());
        Assert.Equal(1, await CountRequests(Host));

        Host.Clock.Advance(TimeSpan.FromSeconds(2));
        var later = await Xml(await Post(client, "/requests.xml", MissedBin(key)));
        Assert.NotEqual(first.ToString(), later.ToString());
        Assert.Equal(2, await CountRequests(Host));
    }

    [Fact]
    public async Task Simultaneous_copies_of_one_post_store_one_request()
    {
        var key = await IssueKey(Host);
        var client = Host.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Post(client, "/requests.xml", MissedBin(key), idempotencyKey: "same-moment")));

        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            ids.Add((await Xml(response)).Root!.Element("request")!.Element("service_request_id")!.Value);
        }

        Assert.Single(ids);
        Assert.Equal(1, await CountRequests(Host));
    }

    [Fact]
    public async Task A_key_over_its_rate_limit_is_told_to_slow_down()
    {
        var key = await IssueKey(Host, "Slow client", perMinute: 2);
        var client = Host.CreateClient();

        await Xml(await Post(client, "/requests.xml", MissedBin(key, ("description", "one"))));
        await Xml(await Post(client, "/requests.xml", MissedBin(key, ("description", "two"))));
        var third = await Post(client, "/requests.xml", MissedBin(key, ("description", "three")));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(2, await CountRequests(Host));
    }

    [Fact]
    public async Task The_demo_key_is_refused_outside_development()
    {
        var response = await Post(Host.CreateClient(), "/requests.xml", MissedBin("demo-open311-key"));

        await Error(response, HttpStatusCode.Forbidden);
    }

    private static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
