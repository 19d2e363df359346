using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Requests.Api;

/// <summary>What the Open311 and JSON API tests share: a key, form posts, documents, shapes and counts.</summary>
public static class Open311Kit
{
    public const string Endpoint = "/open311/v2";

    public static async Task<string> IssueKey(FrontDoorHost host, string name = "FixMyStreet", int? perMinute = null) =>
        await host.InScope(async sp =>
        {
            var issued = await sp.GetRequiredService<IssueApiKey.Handler>().Handle(new IssueApiKey.Command("thameside", name, perMinute));
            Assert.True(issued.Succeeded, issued.Error?.Message);
            return issued.Value.Key;
        });

    /// <summary>A valid missed-bin report as FixMyStreet would send it.</summary>
    public static List<KeyValuePair<string, string>> MissedBin(string key, params (string Key, string? Value)[] changes)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("api_key", key),
            new("jurisdiction_id", "thameside"),
            new("service_code", "missed-bin"),
            new("lat", "51.5074"),
            new("long", "-0.0278"),
            new("address_string", "12 High Street, Thameside"),
            new("email", "jo.bloggs@example.com"),
            new("first_name", "Jo"),
            new("last_name", "Bloggs"),
            new("phone", "020 7946 0999"),
            new("description", "The black bin was not emptied on Friday."),
            new("attribute[bin-type][]", "general"),
            new("attribute[collection-date]", "2026-11-20"),
            new("attribute[bin-out]", "yes"),
        };
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        return fields;
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint + path) { Content = new FormUrlEncodedContent(fields) };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(message);
    }

    /// <summary>A form body given as raw bytes, for input no well-behaved client would send.</summary>
    public static Task<HttpResponseMessage> PostRaw(HttpClient client, string path, byte[] body, string contentType = "application/x-www-form-urlencoded")
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return client.PostAsync(Endpoint + path, content);
    }

    public static async Task<XDocument> Xml(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body);
        var document = XDocument.Parse(body);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.Namespace != XNamespace.None || e.Attributes().Any());
        return document;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>An error as the spec has it: errors/error/code,description, with the HTTP status as the code.</summary>
    public static async Task<string> Error(HttpResponseMessage response, HttpStatusCode expected)
    {
        var xml = await Xml(response, expected);
        Assert.Equal(Paths(Sample("error.xml")), Paths(xml));
        Assert.Equal(((int)expected).ToString(), xml.Root!.Element("error")!.Element("code")!.Value);
        return xml.Root!.Element("error")!.Element("description")!.Value;
    }

    /// <summary>Every element path in a document, e.g. services/service/service_code: its shape without its data.</summary>
    public static SortedSet<string> Paths(XDocument document)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Descendants())
        {
            paths.Add(string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName)));
        }

        return paths;
    }

    public static XDocument Sample(string name) => XDocument.Load(Path.Combine(SamplesFolder, name));

    public static string SamplesFolder { get; } = FindSamples();

    public static Task<int> CountRequests(FrontDoorHost host) =>
        host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().CountAsync());

    public static async Task AssertHealthy(HttpClient client)
    {
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string FindSamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "FrontDoor.Web.Tests", "Features", "Requests", "Api", "Samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The Open311 samples folder was not found above " + AppContext.BaseDirectory);
    }
}
