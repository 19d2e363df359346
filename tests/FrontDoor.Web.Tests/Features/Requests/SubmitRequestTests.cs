using FrontDoor.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Features.Requests;

public abstract class SubmitRequestTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : SubmitRequestTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SubmitRequestTests(DatabaseProvider.Postgres);

    private static SubmitRequest.Command MissedBin(string channel = Channel.Web) => new()
    {
        CouncilCode = "thameside",
        ServiceCode = "missed-bin",
        Channel = channel,
        Description = "Black bin missed again",
        Address = "12 High Street",
        Answers = Answers(("bin-type", ["general"]), ("collection-date", ["2026-11-20"]), ("bin-out", ["yes"])),
        Actor = Actor.Resident(null),
    };

    internal static Dictionary<string, string?[]> Answers(params (string Code, string?[] Values)[] answers) =>
        answers.ToDictionary(a => a.Code, a => a.Values);

    [Fact]
    public async Task An_online_request_gets_a_reference_is_acknowledged_at_once_and_is_due_by_the_service_timescale()
    {
        var submitted = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(MissedBin()));

        Assert.True(submitted.Succeeded, submitted.Error?.Message);
        Assert.True(FrontDoor.Domain.References.RequestReference.IsValid(submitted.Value.Reference));
        // Monday 23 November 2026 + 2 working days (missed bin) = Wednesday 25 November.
        Assert.Equal(new DateOnly(2026, 11, 25), submitted.Value.DueDate);

        var saved = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().Include(r => r.History)
            .SingleAsync(r => r.Reference == submitted.Value.Reference));
        Assert.Equal(RequestStatus.Acknowledged, saved.Status);
        Assert.Equal(Channel.Web, saved.Channel);
        Assert.NotNull(saved.AcknowledgeClock.StoppedUtc);
        Assert.Equal([HistoryAction.Submitted, HistoryAction.StatusChanged], saved.History.OrderBy(h => h.Sequence).Select(h => h.Action));
        Assert.Equal("general", saved.Answers.Single(a => a.Code == "bin-type").Value);
    }

    [Fact]
    public async Task A_letter_waits_for_acknowledgement_within_two_working_days()
    {
        var submitted = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(MissedBin(Channel.Letter)));

        var saved = await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().AsNoTracking()
            .SingleAsync(r => r.Reference == submitted.Value.Reference));
        Assert.Equal(RequestStatus.Submitted, saved.Status);
        Assert.Null(saved.AcknowledgeClock.StoppedUtc);
        Assert.Equal(new DateOnly(2026, 11, 25), saved.AcknowledgeClock.DueDate);
    }

    [Fact]
    public async Task A_missing_required_answer_is_refused_and_nothing_is_saved()
    {
        var command = MissedBin() with { Answers = Answers(("collection-date", ["2026-11-20"]), ("bin-out", ["yes"])) };

        var result = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(command));

        Assert.False(result.Succeeded);
        Assert.Equal("bin-type", result.Error!.Field);
        Assert.Equal(0, await Host.InScope(sp => FrontDoorHost.Db(sp).Set<ServiceRequest>().CountAsync()));
    }

    [Fact]
    public async Task A_choice_not_in_the_list_is_refused()
    {
        var command = MissedBin() with { Answers = Answers(("bin-type", ["purple"]), ("collection-date", ["2026-11-20"]), ("bin-out", ["yes"])) };

        var result = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(command));

        Assert.False(result.Succeeded);
        Assert.Contains("Select an option from the list", result.Error!.Message);
    }

    [Fact]
    public async Task A_location_is_required_where_the_service_needs_one()
    {
        var command = MissedBin() with { Address = null };

        var result = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(command));

        Assert.Equal("location", result.Error!.Field);
    }

    [Fact]
    public async Task An_unknown_service_is_not_found()
    {
        var result = await Host.InScope(sp => sp.GetRequiredService<SubmitRequest.Handler>().Handle(MissedBin() with { ServiceCode = "no-such-thing" }));

        Assert.True(result.Error!.IsNotFound);
    }
}
