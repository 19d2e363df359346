using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Webhooks;
using FrontDoor.Web.Tests.Features.Requests.Api;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Webhooks;

/// <summary>Deliveries to a receiver on loopback, which this host is configured to allow.</summary>
public abstract class WebhookTests(DatabaseProvider provider) : HostTests(provider), IDisposable
{
    public sealed class OnSqlite() : WebhookTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : WebhookTests(DatabaseProvider.Postgres);

    private readonly WebhookReceiver receiver = new();

    /// <summary>These tests run the sweep's handler themselves, so that moving the clock does not race the background sweep.</summary>
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:AllowPrivateTargets"] = "true",
        ["Webhooks:SweepEnabled"] = "false",
    };

    public void Dispose() => receiver.Dispose();

    private async Task<(HttpClient Client, string Key, string Secret)> Subscribe(params string[] events)
    {
        var key = await Open311Kit.IssueKey(Host, "Back office");
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var subscribed = await Open311Kit.Json(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events }), HttpStatusCode.Created);
        return (client, key, subscribed.GetProperty("secret").GetString()!);
    }

    private Task<int> SendDue() => Host.InScope(sp => sp.GetRequiredService<DeliverWebhooks.Handler>().SendDue());

    private Task<List<WebhookDelivery>> Deliveries() =>
        Host.InScope(sp => FrontDoorHost.Db(sp).Set<WebhookDelivery>().AsNoTracking().OrderBy(d => d.CreatedUtc).ThenBy(d => d.Event).ToListAsync());

    [Fact]
    public async Task A_new_request_is_delivered_signed_without_personal_data()
    {
        var (client, key, secret) = await Subscribe();

        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key)));
        Assert.Equal(2, (await Deliveries()).Count);
        Assert.Equal(2, await SendDue());

        var received = receiver.Received.ToList();
        Assert.Equal(["request.created", "request.status_changed"], received.Select(r => r.Event).Order());
        Assert.All(received, r =>
        {
            Assert.True(WebhookSignature.Verify(secret, r.Signature, r.Body, Host.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
            Assert.DoesNotContain("Bloggs", r.Body);
            Assert.DoesNotContain("jo.bloggs", r.Body);
            Assert.Contains("\"service_code\":\"missed-bin\"", r.Body);
        });
        Assert.All(await Deliveries(), d => Assert.NotNull(d.DeliveredUtc));
    }

    [Fact]
    public async Task Internal_notes_failed_changes_and_sensitive_services_make_no_event()
    {
        var (client, key, _) = await Subscribe();
        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key)));
        var before = (await Deliveries()).Count;
        var id = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().Select(r => r.Reference).SingleAsync());

        await Host.InScope(sp => sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(
            new AddRequestUpdate.Command(id, null, "internal only", IsPublic: false, Actor.Staff(Guid.NewGuid(), "Sam"))));
        await Open311Kit.Error(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key, ("attribute[bin-out]", "maybe"))), HttpStatusCode.BadRequest);
        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml",
        [
            new("api_key", key), new("service_code", "noise"), new("address_string", "1 Quiet Road"),
            new("attribute[noise-type]", "music"), new("attribute[source]", "neighbour"), new("attribute[when]", "often"),
        ]));

        Assert.Equal(before, (await Deliveries()).Count);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_after_a_back_off_and_then_delivered_once()
    {
        var (client, _, _) = await Subscribe("request.updated");
        receiver.FailNext = 1;
        var key = await Open311Kit.IssueKey(Host, "FixMyStreet");
        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key)));
        var id = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().Select(r => r.Reference).SingleAsync());
        var updated = await Host.InScope(sp => sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(
            new AddRequestUpdate.Command(id, null, "A crew is on the way.", IsPublic: true, Actor.Staff(Guid.NewGuid(), "Sam"))));
        Assert.True(updated.Succeeded, updated.Error?.Message);
        Assert.Single(await Deliveries());

        Assert.Equal(1, await SendDue());
        var failed = Assert.Single(await Deliveries());
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.DeliveredUtc);
        Assert.Equal("HTTP 500", failed.LastError);
        Assert.Equal(0, await SendDue());

        Host.Clock.Advance(DeliverWebhooks.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await SendDue());
        Assert.NotNull(Assert.Single(await Deliveries()).DeliveredUtc);
        Assert.Single(receiver.Received, r => r.Event == "request.updated" && r.Body.Contains("A crew is on the way."));
        Assert.Equal(0, await SendDue());
    }

    [Fact]
    public async Task Two_sweeps_at_once_send_each_delivery_once()
    {
        var (client, key, _) = await Subscribe();
        for (var i = 0; i < 5; i++)
        {
            await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key, ("description", $"report {i}"))));
        }

        var claimed = await Task.WhenAll(SendDue(), SendDue(), SendDue());

        Assert.Equal(10, claimed.Sum());
        Assert.Equal(10, receiver.Received.Count);
        Assert.Equal(10, receiver.Received.Select(r => r.Delivery).Distinct().Count());
    }

    [Fact]
    public async Task Subscribing_needs_a_key_and_a_known_event_and_a_cancelled_webhook_gets_nothing()
    {
        var (client, key, _) = await Subscribe();
        var unknownEvent = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "request.exploded" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.CreateClient().PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url })).StatusCode);

        var list = await Open311Kit.Json(await client.GetAsync("/api/v1/webhooks"));
        var id = list[0].GetProperty("id").GetString();
        Assert.Equal(JsonValueKindNull, list[0].GetProperty("secret").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);

        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key)));
        Assert.Empty(await Deliveries());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

}

/// <summary>With the default configuration, webhooks may not point inside the network.</summary>
public abstract class WebhookTargetTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : WebhookTargetTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : WebhookTargetTests(DatabaseProvider.Postgres);

    [Theory]
    [InlineData("http://127.0.0.1:9000/hook")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.0.0.5/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("http://example.org/hook")]
    public async Task A_loopback_private_or_plain_http_webhook_is_refused_and_not_stored(string url)
    {
        var key = await Open311Kit.IssueKey(Host);
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<WebhookSubscription>().CountAsync()));
    }

    [Fact]
    public async Task A_public_https_webhook_is_accepted()
    {
        var key = await Open311Kit.IssueKey(Host);
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.org/frontdoor", events = new[] { "request.closed" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

/// <summary>The background sweep sends due deliveries by itself.</summary>
public abstract class WebhookSweepTests(DatabaseProvider provider) : HostTests(provider), IDisposable
{
    public sealed class OnSqlite() : WebhookSweepTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : WebhookSweepTests(DatabaseProvider.Postgres);

    private WebhookReceiver Hooks { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Webhooks:AllowPrivateTargets"] = "true" };

    public void Dispose() => Hooks.Dispose();

    [Fact]
    public async Task The_sweep_delivers_without_being_asked()
    {
        var key = await Open311Kit.IssueKey(Host, "Back office");
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        await Open311Kit.Json(await client.PostAsJsonAsync("/api/v1/webhooks", new { url = Hooks.Url }), HttpStatusCode.Created);
        await Open311Kit.Xml(await Open311Kit.Post(client, "/requests.xml", Open311Kit.MissedBin(key)));

        for (var i = 0; i < 100 && Hooks.Received.Count < 2; i++)
        {
            Host.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100);
        }

        Assert.Equal(2, Hooks.Received.Count);
    }
}
