using System.Net;
using static FrontDoor.Web.Tests.Features.Requests.Api.Open311Kit;

namespace FrontDoor.Web.Tests.Features.Requests.Api;

/// <summary>Open311 reads are public, so they are limited per address (here lowered to 3 a minute).</summary>
public sealed class Open311ReadLimitsTests() : HostTests(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["ApiClients:ReadsPerMinutePerAddress"] = "3" };

    [Fact]
    public async Task Reads_past_the_limit_are_refused_in_the_format_asked_for_with_a_retry_after()
    {
        var client = Host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await Xml(await client.GetAsync($"{Endpoint}/services.xml"));
        }

        var refusedXml = await client.GetAsync($"{Endpoint}/requests.xml");
        var refusedJson = await client.GetAsync($"{Endpoint}/requests.json");

        Assert.Contains("Wait a minute", await Error(refusedXml, HttpStatusCode.TooManyRequests));
        Assert.Equal(TimeSpan.FromSeconds(60), refusedXml.Headers.RetryAfter?.Delta);
        var json = await Json(refusedJson, HttpStatusCode.TooManyRequests);
        Assert.Equal("429", json[0].GetProperty("code").ToString());
    }

    [Fact]
    public async Task Posts_are_not_counted_against_the_read_limit()
    {
        var key = await IssueKey(Host);
        var client = Host.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await Xml(await Post(client, "/requests.xml", MissedBin(key, ("address_string", $"{i} High Street"))));
        }

        await Xml(await client.GetAsync($"{Endpoint}/services.xml"));
    }
}
