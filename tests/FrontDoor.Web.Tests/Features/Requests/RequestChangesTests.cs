using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Requests;

/// <summary>Changing saved requests through the use cases, on both databases.</summary>
public abstract class RequestChangesTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : RequestChangesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RequestChangesTests(DatabaseProvider.Postgres);

    private static readonly Actor Officer = Actor.Staff(Guid.NewGuid(), "Priya Shah");

    private Task<T> Use<T>(Func<IServiceProvider, Task<T>> work) => Host.InScope(work);

    private async Task<string> Submit(string service = "street-light")
    {
        var answers = await Answers(service);
        var submitted = await Use(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(new SubmitRequest.Command
        {
            CouncilCode = "thameside",
            ServiceCode = service,
            Channel = Channel.Phone,
            IsAssisted = true,
            Description = "Light flickering outside number 4",
            Address = "4 River Road",
            Answers = answers,
            Actor = Officer,
        }));
        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        return submitted.Value.Reference;
    }

    /// <summary>Valid answers for every required question of a demo service (the first option, a date, some text).</summary>
    private Task<Dictionary<string, string?[]>> Answers(string service) => Use(async sp =>
    {
        var questions = await FrontDoorHost.Db(sp).Set<FrontDoor.Web.Features.Catalogue.Service>().AsNoTracking()
            .Where(s => s.Code == service).SelectMany(s => s.Questions).ToListAsync();
        return questions.Where(q => q.Required).ToDictionary(q => q.Code, q => q.Type switch
        {
            "single-choice" or "multiple-choice" => new string?[] { q.Options[0].Value },
            "date" => ["2026-11-20"],
            "number" => ["3"],
            _ => ["Some details"],
        });
    });

    private Task<ServiceRequest> Load(string reference) =>
        Use(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking().Include(r => r.History).SingleAsync(r => r.Reference == reference));

    [Fact]
    public async Task Two_staff_saving_the_same_request_at_once_do_not_lose_a_change_the_second_gets_a_conflict()
    {
        var reference = await Submit();
        var version = (await Load(reference)).Version;

        var first = await Use(sp => sp.GetRequiredService<AddRequestUpdate.Handler>()
            .Handle(new AddRequestUpdate.Command(reference, version, "An engineer will visit on Friday.", true, Officer)));
        var second = await Use(sp => sp.GetRequiredService<ChangeRequestStatus.Handler>()
            .Handle(new ChangeRequestStatus.Command(reference, version, RequestStatus.InProgress, null, null, Officer)));

        Assert.True(first.Succeeded);
        Assert.True(second.Error!.IsConflict);
        var saved = await Load(reference);
        Assert.Equal(RequestStatus.Acknowledged, saved.Status);
        Assert.Contains(saved.History, h => h.PublicNote == "An engineer will visit on Friday.");
    }

    [Fact]
    public async Task A_race_between_reading_and_saving_is_caught_by_the_database_version_check()
    {
        var reference = await Submit();

        // Two contexts read the same row, then both save: the second save matches no row and is a conflict.
        await using var scopeA = Host.Services.CreateAsyncScope();
        await using var scopeB = Host.Services.CreateAsyncScope();
        var dbA = FrontDoorHost.Db(scopeA.ServiceProvider);
        var dbB = FrontDoorHost.Db(scopeB.ServiceProvider);
        var a = await dbA.Set<ServiceRequest>().SingleAsync(r => r.Reference == reference);
        var b = await dbB.Set<ServiceRequest>().SingleAsync(r => r.Reference == reference);
        var calendar = scopeA.ServiceProvider.GetRequiredService<FrontDoor.Web.Features.Calendar.CouncilCalendar>();
        var clock = calendar.ClockFor(FrontDoor.Domain.Calendar.Nation.EnglandAndWales);
        a.MoveTo(RequestStatus.InProgress, Officer, clock, null, null);
        b.MoveTo(RequestStatus.ActionScheduled, Officer, clock, "Repair booked", null);
        await dbA.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => dbB.SaveChangesAsync());
        Assert.Equal(RequestStatus.InProgress, (await Load(reference)).Status);
    }

    [Fact]
    public async Task Two_handlers_racing_on_the_same_request_give_one_success_and_one_conflict()
    {
        var reference = await Submit();

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Use(sp => sp.GetRequiredService<AddRequestUpdate.Handler>()
            .Handle(new AddRequestUpdate.Command(reference, null, $"Update {i}", true, Officer)))));

        // Both may succeed when they happen not to overlap; they must never both be lost or leave a gap.
        var saved = await Load(reference);
        Assert.Equal(results.Count(r => r.Succeeded), saved.History.Count(h => h.Action == HistoryAction.PublicUpdate));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.True(r.Error!.IsConflict));
        Assert.Equal(Enumerable.Range(1, saved.History.Count), saved.History.Select(h => h.Sequence).Order());
    }

    [Fact]
    public async Task Assigning_an_officer_names_them_to_the_resident()
    {
        var reference = await Submit();
        var officer = await Use(sp => FrontDoorHost.Db(sp).Set<StaffMember>().AsNoTracking().FirstAsync());

        var assigned = await Use(sp => sp.GetRequiredService<AssignOfficer.Handler>()
            .Handle(new AssignOfficer.Command(reference, null, officer.Id, Officer)));

        Assert.True(assigned.Succeeded);
        var saved = await Load(reference);
        Assert.Equal(officer.DisplayName, saved.OfficerName);
        Assert.Contains(saved.History, h => h.Action == HistoryAction.Assigned && h.PublicNote!.Contains(officer.DisplayName));
    }

    [Fact]
    public async Task Closing_as_a_duplicate_links_to_the_first_original_even_through_another_duplicate()
    {
        var original = await Submit();
        var second = await Submit();
        var third = await Submit();
        var close = (string reference, string of) => Use(sp => sp.GetRequiredService<CloseRequest.Handler>()
            .Handle(new CloseRequest.Command(reference, null, ClosureReason.Duplicate, null, of, null, Officer)));

        Assert.True((await close(second, original)).Succeeded);
        Assert.True((await close(third, RequestReference.Parse(second).Value.Display.ToLowerInvariant())).Succeeded);

        var originalId = (await Load(original)).Id;
        Assert.Equal(originalId, (await Load(third)).DuplicateOfId);
    }

    [Fact]
    public async Task A_request_cannot_be_its_own_duplicate()
    {
        var reference = await Submit();

        var result = await Use(sp => sp.GetRequiredService<CloseRequest.Handler>()
            .Handle(new CloseRequest.Command(reference, null, ClosureReason.Duplicate, null, reference, null, Officer)));

        Assert.Equal("duplicateOf", result.Error!.Field);
    }

    [Fact]
    public async Task A_resident_reopens_a_closed_request_within_the_window_and_it_is_counted()
    {
        var reference = await Submit();
        await Use(sp => sp.GetRequiredService<CloseRequest.Handler>()
            .Handle(new CloseRequest.Command(reference, null, ClosureReason.Completed, "The light is fixed.", null, null, Officer)));
        Host.Clock.Advance(TimeSpan.FromDays(5));

        var reopened = await Use(sp => sp.GetRequiredService<ReopenRequest.Handler>()
            .Handle(new ReopenRequest.Command(reference, null, "It is still flickering.", Actor.Resident(null))));

        Assert.True(reopened.Succeeded);
        var saved = await Load(reference);
        Assert.Equal(1, saved.ReopenCount);
        Assert.Equal(RequestStatus.InProgress, saved.Status);
    }

    [Fact]
    public async Task A_mistyped_reference_is_refused_before_looking_anything_up()
    {
        var reference = await Submit();
        var typo = reference[..^1] + (reference[^1] == 'A' ? 'B' : 'A');

        var result = await Use(sp => sp.GetRequiredService<AddRequestUpdate.Handler>()
            .Handle(new AddRequestUpdate.Command(typo, null, "Hello", true, Officer)));

        Assert.Equal("reference", result.Error!.Field);
    }

    [Fact]
    public async Task History_is_kept_in_order_with_who_did_what()
    {
        var reference = await Submit();
        await Use(sp => sp.GetRequiredService<ChangeRequestStatus.Handler>()
            .Handle(new ChangeRequestStatus.Command(reference, null, RequestStatus.InProgress, null, "checked asset register", Officer)));

        var history = (await Load(reference)).History.OrderBy(h => h.Sequence).ToList();

        Assert.Equal([1, 2, 3], history.Select(h => h.Sequence));
        Assert.Equal(RequestStatus.Acknowledged, history[2].FromStatus);
        Assert.Equal(RequestStatus.InProgress, history[2].ToStatus);
        Assert.Equal("Priya Shah", history[2].ActorName);
        Assert.Equal("checked asset register", history[2].InternalNote);
    }
}
