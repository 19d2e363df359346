using System.Net;
using System.Text.Json;
using FrontDoor.Web.Features.Requests;
using static FrontDoor.Web.Tests.Features.Requests.Api.Open311Kit;

namespace FrontDoor.Web.Tests.Features.Requests.Api;

public abstract class Open311GetTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : Open311GetTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : Open311GetTests(DatabaseProvider.Postgres);

    /// <summary>A year of generated history, with names, emails, phones, internal notes and sensitive services.</summary>
    protected override int HistoryRequests => 400;

    [Fact]
    public async Task Discovery_lists_the_endpoint_and_both_formats()
    {
        var xml = await Xml(await Host.CreateClient().GetAsync($"{Endpoint}/discovery.xml"));

        var endpoint = xml.Root!.Element("endpoints")!.Element("endpoint")!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
    }

    [Fact]
    public async Task The_service_list_has_the_spec_shape_with_fixmystreet_groups_and_sensitive_services_marked_private_without_descriptions()
    {
        var xml = await Xml(await Host.CreateClient().GetAsync($"{Endpoint}/services.xml?jurisdiction_id=thameside"));

        Assert.Equal(Paths(Sample("services.xml")), Paths(xml));
        var services = xml.Root!.Elements("service").ToList();
        Assert.Equal(51, services.Count);
        var missedBin = services.Single(s => s.Element("service_code")!.Value == "missed-bin");
        Assert.Equal("Bins, recycling and rubbish", missedBin.Element("group")!.Value);
        Assert.Equal("realtime", missedBin.Element("type")!.Value);
        Assert.NotEmpty(missedBin.Element("description")!.Value);
        var noise = services.Single(s => s.Element("service_code")!.Value == "noise");
        Assert.Empty(noise.Element("description")!.Value);
        Assert.Contains("private", noise.Element("keywords")!.Value.Split(", "));
        Assert.DoesNotContain("private", missedBin.Element("keywords")!.Value.Split(", "));
    }

    [Fact]
    public async Task A_service_definition_has_the_spec_shape_and_maps_every_question_type()
    {
        var client = Host.CreateClient();
        var xml = await Xml(await client.GetAsync($"{Endpoint}/services/missed-bin.xml"));

        Assert.Equal(Paths(Sample("service_definition.xml")), Paths(xml));
        var attributes = xml.Root!.Element("attributes")!.Elements("attribute").ToList();
        Assert.Equal(["bin-type", "collection-date", "bin-out", "details"], attributes.Select(a => a.Element("code")!.Value));
        Assert.Equal(["multivaluelist", "datetime", "singlevaluelist", "text"], attributes.Select(a => a.Element("datatype")!.Value));
        Assert.Equal(["true", "true", "true", "false"], attributes.Select(a => a.Element("required")!.Value));
        Assert.Equal(["1", "2", "3", "4"], attributes.Select(a => a.Element("order")!.Value));
        Assert.Contains(attributes[0].Element("values")!.Elements("value"), v => v.Element("key")!.Value == "general");

        var numbers = await Json(await client.GetAsync($"{Endpoint}/services/bulky-waste.json"));
        Assert.Equal(JsonValueKind.Object, numbers.ValueKind);
        Assert.Equal("number", numbers.GetProperty("attributes")[0].GetProperty("datatype").GetString());
        var resident = await Json(await client.GetAsync($"{Endpoint}/services/resident-parking-permit.json"));
        Assert.Equal("string", resident.GetProperty("attributes")[0].GetProperty("datatype").GetString());
    }

    [Fact]
    public async Task An_unknown_service_or_request_is_not_found_in_the_spec_error_shape()
    {
        var client = Host.CreateClient();

        await Error(await client.GetAsync($"{Endpoint}/services/no-such-service.xml"), HttpStatusCode.NotFound);
        await Error(await client.GetAsync($"{Endpoint}/requests/K7M4QPX9Y.xml"), HttpStatusCode.NotFound);
        await Error(await client.GetAsync($"{Endpoint}/requests/not-a-reference.xml"), HttpStatusCode.NotFound);
        await Error(await client.GetAsync($"{Endpoint}/services.xml?jurisdiction_id=atlantis"), HttpStatusCode.NotFound);
        await Error(await client.GetAsync($"{Endpoint}/no-such-thing.xml"), HttpStatusCode.NotFound);
        Assert.Equal(Paths(Sample("get_service_request_not_found.xml")), Paths(await Xml(await client.GetAsync($"{Endpoint}/requests/K7M4QPX9Y.xml"), HttpStatusCode.NotFound)));
    }

    [Fact]
    public async Task Requests_have_the_spec_shape_default_to_the_last_90_days_and_never_show_personal_data_sensitive_services_or_internal_notes()
    {
        var client = Host.CreateClient();
        var xmlText = await (await client.GetAsync($"{Endpoint}/requests.xml")).Content.ReadAsStringAsync();
        var xml = System.Xml.Linq.XDocument.Parse(xmlText);
        var rows = xml.Root!.Elements("request").ToList();

        Assert.NotEmpty(rows);
        Assert.Equal(Paths(Sample("requests.xml")), Paths(xml));
        var sinceNinetyDays = FrontDoorHost.DefaultNow.AddDays(-90);
        Assert.All(rows, r => Assert.True(DateTimeOffset.Parse(r.Element("requested_datetime")!.Value) >= sinceNinetyDays));

        var (names, emails, phones, notes, sensitive) = await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            var requests = db.Set<ServiceRequest>().AsQueryable();
            return (
                requests.Where(r => r.ReporterName != null).Select(r => r.ReporterName!).ToList(),
                requests.Where(r => r.ReporterEmail != null).Select(r => r.ReporterEmail!).ToList(),
                requests.Where(r => r.ReporterPhone != null).Select(r => r.ReporterPhone!).ToList(),
                db.Set<RequestHistoryEntry>().Where(h => h.InternalNote != null).Select(h => h.InternalNote!).ToList(),
                requests.Where(r => r.Service!.Sensitive).Select(r => r.Reference).ToList());
        });
        Assert.NotEmpty(emails);
        Assert.NotEmpty(notes);
        Assert.NotEmpty(sensitive);
        Assert.All(emails, e => Assert.DoesNotContain(e, xmlText));
        Assert.All(phones, p => Assert.DoesNotContain(p, xmlText));
        Assert.All(names.Where(n => n.Length > 6), n => Assert.DoesNotContain(n, xmlText));
        Assert.All(notes.Distinct(), n => Assert.DoesNotContain(n, xmlText));
        Assert.All(sensitive, s => Assert.DoesNotContain(s, xmlText));
        await Error(await client.GetAsync($"{Endpoint}/requests/{sensitive[0]}.xml"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Requests_in_json_are_an_array_with_string_ids_and_w3c_datetimes_with_a_time_zone()
    {
        var json = await Json(await Host.CreateClient().GetAsync($"{Endpoint}/requests.json?status=open"));

        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        var first = json[0];
        Assert.Equal(
            Sample("request.xml").Root!.Element("request")!.Elements().Select(e => e.Name.LocalName).Order(),
            first.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(JsonValueKind.String, first.GetProperty("service_request_id").ValueKind);
        Assert.Equal(JsonValueKind.String, first.GetProperty("service_code").ValueKind);
        Assert.All(json.EnumerateArray(), r => Assert.Equal("open", r.GetProperty("status").GetString()));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", first.GetProperty("requested_datetime").GetString()!);
    }

    [Fact]
    public async Task A_list_of_ids_overrides_other_filters_and_a_thousand_ids_are_answered()
    {
        var client = Host.CreateClient();
        var all = await Json(await client.GetAsync($"{Endpoint}/requests.json"));
        var two = all.EnumerateArray().Take(2).Select(r => r.GetProperty("service_request_id").GetString()!).ToList();
        var filler = Enumerable.Range(0, 998).Select(i => $"ZZ{i:D7}");

        var found = await Json(await client.GetAsync($"{Endpoint}/requests.json?status=closed&service_code=nothing&service_request_id={string.Join(",", two.Concat(filler))}"));

        Assert.Equal(two.Order(), found.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).Order());
    }

    [Fact]
    public async Task Status_and_service_code_filters_apply()
    {
        var json = await Json(await Host.CreateClient().GetAsync($"{Endpoint}/requests.json?status=closed&service_code=missed-bin,pothole"));

        Assert.All(json.EnumerateArray(), r =>
        {
            Assert.Equal("closed", r.GetProperty("status").GetString());
            Assert.Contains(r.GetProperty("service_code").GetString(), new[] { "missed-bin", "pothole" });
        });
    }

    [Theory]
    [InlineData("start_date=2026-11-20T00:00:00Z&end_date=2026-11-01T00:00:00Z", "start after end")]
    [InlineData("start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z", "a 91-day range")]
    [InlineData("start_date=20/11/2026", "a non-W3C date")]
    [InlineData("end_date=2026-11-20T10:00:00", "a time without a time zone")]
    [InlineData("status=foo", "status=foo")]
    public async Task A_bad_query_is_refused_with_400_and_the_server_stays_healthy(string query, string what)
    {
        var client = Host.CreateClient();

        var description = await Error(await client.GetAsync($"{Endpoint}/requests.xml?{query}"), HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrEmpty(description), what);
        await AssertHealthy(client);
    }

    [Fact]
    public async Task More_than_a_thousand_ids_or_a_csv_extension_are_refused()
    {
        var client = Host.CreateClient();
        var ids = string.Join(",", Enumerable.Range(0, 1001).Select(i => $"ZZ{i:D7}"));

        await Error(await client.GetAsync($"{Endpoint}/requests.xml?service_request_id={ids}"), HttpStatusCode.BadRequest);
        await Error(await client.GetAsync($"{Endpoint}/requests.csv"), HttpStatusCode.BadRequest);
        await Error(await client.GetAsync($"{Endpoint}/services.csv"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task At_most_a_thousand_rows_are_returned_newest_first()
    {
        var json = await Json(await Host.CreateClient().GetAsync($"{Endpoint}/requests.json?start_date=2026-08-26T00:00:00Z&end_date=2026-11-23T10:00:00Z"));

        var times = json.EnumerateArray().Select(r => DateTimeOffset.Parse(r.GetProperty("requested_datetime").GetString()!)).ToList();
        Assert.InRange(times.Count, 1, 1000);
        Assert.Equal(times.OrderDescending(), times);
    }
}
