using System.Net;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Tests.Features.Requests.Api;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.ApiClients;

public abstract class ApiKeyTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : ApiKeyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ApiKeyTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task An_issued_key_is_stored_only_as_its_hash_with_the_client_name()
    {
        var key = await Open311Kit.IssueKey(Host, "Confirm back office");

        var stored = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ApiClient>().AsNoTracking().SingleAsync(c => c.Name == "Confirm back office"));

        Assert.StartsWith("fd_", key);
        Assert.Equal(ApiKeys.Hash(key), stored.KeyHash);
        Assert.NotEqual(key, stored.KeyHash);
        Assert.DoesNotContain(key, stored.KeyHash + stored.KeyPrefix.Length);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var key = await Open311Kit.IssueKey(Host, "Old system");
        var client = Host.CreateClient();
        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key)));
        var id = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ApiClient>().Where(c => c.Name == "Old system").Select(c => c.Id).SingleAsync());

        var revoked = await Host.InScope(sp => sp.GetRequiredService<RevokeApiKey.Handler>().Handle(new RevokeApiKey.Command(id)));

        Assert.True(revoked.Succeeded);
        await Open311Kit.Error(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key, ("description", "again"))), HttpStatusCode.Forbidden);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/requests")).StatusCode);
    }

    [Theory]
    [InlineData("", "thameside")]
    [InlineData("Someone", "atlantis")]
    public async Task A_key_needs_a_client_name_and_a_known_council(string name, string council)
    {
        var issued = await Host.InScope(sp => sp.GetRequiredService<IssueApiKey.Handler>().Handle(new IssueApiKey.Command(council, name)));

        Assert.False(issued.Succeeded);
        Assert.Equal(0, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ApiClient>().CountAsync()));
    }
}

/// <summary>The README's promise: in Development, demo-open311-key works for the demo council.</summary>
public sealed class DemoKeyInDevelopmentTests() : HostTests(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["environment"] = "Development" };

    [Fact]
    public async Task The_demo_key_works_in_development()
    {
        var response = await Open311Kit.Post(Host.CreateClient(), "/requests.xml", Open311Kit.MissedBin(ApiKeys.DemoKey));

        await Open311Kit.Xml(response);
    }
}
