using System.Data.Common;
using System.Net;
using FrontDoor.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static FrontDoor.Web.Tests.Features.Requests.Api.Open311Kit;

namespace FrontDoor.Web.Tests.Features.Requests.Api;

/// <summary>The FixMyStreet dialect: XML only, jurisdiction and api_key as form fields, servicerequestupdates.</summary>
public abstract class FixMyStreetTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : FixMyStreetTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : FixMyStreetTests(DatabaseProvider.Postgres);

    private async Task<(HttpClient Client, string Key, string Id)> Report()
    {
        var key = await IssueKey(Host, "FixMyStreet");
        var client = Host.CreateClient();
        var created = await Xml(await Post(client, "/requests.xml", MissedBin(key)));
        return (client, key, created.Root!.Element("request")!.Element("service_request_id")!.Value);
    }

    private Task<T> Staff<T>(Func<IServiceProvider, Task<T>> work) => Host.InScope(work);

    private readonly CopyAfterCheck copyAfterCheck = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(copyAfterCheck);

    [Fact]
    public async Task Council_updates_are_listed_in_fixmystreets_shape_with_its_extended_statuses_and_no_internal_notes()
    {
        var (client, _, id) = await Report();
        var officer = Actor.Staff(Guid.NewGuid(), "Sam Officer");
        Host.Clock.Advance(TimeSpan.FromHours(1));
        await Staff(sp => sp.GetRequiredService<ChangeRequestStatus.Handler>().Handle(
            new ChangeRequestStatus.Command(id, null, RequestStatus.ActionScheduled, "A crew will come on Tuesday.", "Crew 4, overtime", officer)));
        Host.Clock.Advance(TimeSpan.FromHours(1));
        await Staff(sp => sp.GetRequiredService<AddRequestUpdate.Handler>().Handle(
            new AddRequestUpdate.Command(id, null, "Secret internal remark", IsPublic: false, officer)));
        Host.Clock.Advance(TimeSpan.FromHours(1));
        var closed = await Staff(sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new CloseRequest.Command(id, null, ClosureReason.Completed, "We emptied the bin.", null, "Done by crew 4", officer)));
        Assert.True(closed.Succeeded, closed.Error?.Message);

        var response = await client.GetAsync($"{Endpoint}/servicerequestupdates.xml?jurisdiction_id=thameside&start_date=2026-11-23T00:00:00Z&end_date=2026-11-24T00:00:00Z");
        var text = await response.Content.ReadAsStringAsync();
        var xml = await Xml(response);

        Assert.Equal(Paths(Sample("servicerequestupdates_example.xml")), Paths(xml));
        var updates = xml.Root!.Elements("request_update").Where(u => u.Element("service_request_id")!.Value == id).ToList();
        Assert.Equal(["open", "action_scheduled", "fixed"], updates.Select(u => u.Element("status")!.Value));
        Assert.Equal("We emptied the bin.", updates[^1].Element("description")!.Value);
        Assert.Equal("2026-11-23T13:00:00+00:00", updates[^1].Element("updated_datetime")!.Value);
        Assert.DoesNotContain("Crew 4", text);
        Assert.DoesNotContain("Secret internal remark", text);
        Assert.DoesNotContain("Done by crew 4", text);
    }

    [Fact]
    public async Task A_comment_from_fixmystreet_is_added_as_the_reporters_message_and_answered_with_an_update_id()
    {
        var (client, key, id) = await Report();

        var response = await Post(client, "/servicerequestupdates.xml",
        [
            new("jurisdiction_id", "thameside"), new("api_key", key), new("service_request_id", id),
            new("update_id_ext", "42"), new("status", "OPEN"), new("description", "Still not collected"),
            new("updated_datetime", "2026-11-23T10:30:00+00:00"), new("email", "jo@example.com"), new("first_name", "Jo"), new("last_name", "Bloggs"),
        ]);

        var xml = await Xml(response);
        Assert.Equal(Paths(System.Xml.Linq.XDocument.Load(Path.Combine(SamplesFolder, "post_servicerequestupdates_response_example.xml"))), Paths(xml));
        var history = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<RequestHistoryEntry>().AsNoTracking()
            .Where(h => h.Action == HistoryAction.ResidentMessage).ToListAsync());
        var message = Assert.Single(history);
        Assert.Equal("Still not collected", message.PublicNote);
        Assert.Equal(xml.Root!.Element("request_update")!.Element("update_id")!.Value, message.Id.ToString());
    }

    private static List<KeyValuePair<string, string>> Comment(string key, string id, string? updateIdExt, string text = "Still not collected") =>
    [
        new("jurisdiction_id", "thameside"), new("api_key", key), new("service_request_id", id), new("status", "OPEN"),
        new("description", text), .. updateIdExt is null ? [] : new KeyValuePair<string, string>[] { new("update_id_ext", updateIdExt) },
    ];

    private Task<int> Messages() => Host.InScope(sp => FrontDoorHost.Db(sp).Set<RequestHistoryEntry>().CountAsync(h => h.Action == HistoryAction.ResidentMessage));

    private static async Task<string> UpdateId(HttpResponseMessage response) =>
        (await Xml(response)).Root!.Element("request_update")!.Element("update_id")!.Value;

    [Fact]
    public async Task The_same_comment_sent_again_with_its_update_id_ext_gets_the_same_update_id_and_adds_one_message()
    {
        var (client, key, id) = await Report();

        var first = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, "fms-1001")));
        var again = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, "fms-1001")));
        var next = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, "fms-1002", "And again today")));

        Assert.Equal(first, again);
        Assert.NotEqual(first, next);
        Assert.Equal(2, await Messages());
    }

    [Fact]
    public async Task An_idempotency_key_header_does_the_same_for_a_client_without_update_ids()
    {
        var (client, key, id) = await Report();

        var first = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, null), idempotencyKey: "retry-7"));
        var again = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, null), idempotencyKey: "retry-7"));

        Assert.Equal(first, again);
        Assert.Equal(1, await Messages());
    }

    [Fact]
    public async Task Another_client_may_use_the_same_update_id_ext_for_its_own_comment()
    {
        var (client, key, id) = await Report();
        var otherKey = await IssueKey(Host, "Another reporting app");

        var first = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, "1")));
        var other = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(otherKey, id, "1", "Seen it too")));

        Assert.NotEqual(first, other);
        Assert.Equal(2, await Messages());
    }

    [Fact]
    public async Task Simultaneous_copies_of_one_comment_add_one_message()
    {
        var (client, key, id) = await Report();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Post(client, "/servicerequestupdates.xml", Comment(key, id, "fms-race"))));

        var ids = await Task.WhenAll(answers.Select(UpdateId));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await Messages());
    }

    /// <summary>
    /// The narrowest interleaving: a copy is saved after this one looked for an earlier copy and before it read the
    /// request, so this one sees no change to the request and only the receipt's unique index stops the second message.
    /// </summary>
    [Fact]
    public async Task A_copy_saved_between_the_check_and_the_save_is_answered_with_that_copys_update_id()
    {
        var (client, key, id) = await Report();
        string? copyId = null;
        copyAfterCheck.Arm(async () => copyId = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, "fms-between"))));

        var answer = await UpdateId(await Post(client, "/servicerequestupdates.xml", Comment(key, id, "fms-between")));

        Assert.NotNull(copyId);
        Assert.Equal(copyId, answer);
        Assert.Equal(1, await Messages());
    }

    /// <summary>When armed, runs an action once, right after the first look-up of an update receipt.</summary>
    private sealed class CopyAfterCheck : DbCommandInterceptor
    {
        private Func<Task>? once;

        public void Arm(Func<Task> action) => once = action;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"ApiUpdateReceipts\"", StringComparison.Ordinal) && Interlocked.Exchange(ref once, null) is { } action)
            {
                await action();
            }

            return result;
        }
    }

    [Fact]
    public async Task An_update_id_ext_longer_than_200_characters_is_refused_and_stores_nothing()
    {
        var (client, key, id) = await Report();

        await Error(await Post(client, "/servicerequestupdates.xml", Comment(key, id, new string('x', 201))), HttpStatusCode.BadRequest);

        Assert.Equal(0, await Messages());
    }

    [Fact]
    public async Task The_reporter_saying_a_closed_report_is_still_open_reopens_it()
    {
        var (client, key, id) = await Report();
        await Staff(sp => sp.GetRequiredService<CloseRequest.Handler>().Handle(
            new CloseRequest.Command(id, null, ClosureReason.Completed, "Emptied.", null, null, Actor.Staff(Guid.NewGuid(), "Sam"))));

        await Xml(await Post(client, "/servicerequestupdates.xml",
            [new("api_key", key), new("service_request_id", id), new("status", "OPEN"), new("description", "It was not emptied")]));

        var request = await Xml(await client.GetAsync($"{Endpoint}/requests/{id}.xml"));
        Assert.Equal("open", request.Root!.Element("request")!.Element("status")!.Value);
    }

    [Fact]
    public async Task The_reporter_cannot_close_a_request_their_fixed_is_recorded_for_the_officer()
    {
        var (client, key, id) = await Report();

        await Xml(await Post(client, "/servicerequestupdates.xml",
            [new("api_key", key), new("service_request_id", id), new("status", "FIXED"), new("description", "Collected now, thanks")]));

        var request = await Xml(await client.GetAsync($"{Endpoint}/requests/{id}.xml"));
        Assert.Equal("open", request.Root!.Element("request")!.Element("status")!.Value);
    }

    [Theory]
    [InlineData("", "K7M4QPX9Y", "OPEN", HttpStatusCode.Forbidden)]
    [InlineData("KEY", "K7M4QPX9Y", "OPEN", HttpStatusCode.NotFound)]
    [InlineData("KEY", "ID", "MAYBE", HttpStatusCode.BadRequest)]
    [InlineData("KEY", "", "OPEN", HttpStatusCode.BadRequest)]
    public async Task A_bad_update_is_refused_as_specified_and_stores_nothing(string apiKey, string requestId, string status, HttpStatusCode expected)
    {
        var (client, key, id) = await Report();

        var response = await Post(client, "/servicerequestupdates.xml",
            [new("api_key", apiKey.Replace("KEY", key)), new("service_request_id", requestId.Replace("ID", id)), new("status", status), new("description", "x")]);

        await Error(response, expected);
        Assert.Equal(0, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<RequestHistoryEntry>().CountAsync(h => h.Action == HistoryAction.ResidentMessage)));
    }
}
