using FrontDoor.Web.Features.Requests;

namespace FrontDoor.Web.Tests.Features.Requests;

/// <summary>The transition table on its own: what may follow what.</summary>
public sealed class RequestLifecycleTests
{
    [Theory]
    [InlineData(RequestStatus.Submitted, RequestStatus.Acknowledged)]
    [InlineData(RequestStatus.Acknowledged, RequestStatus.InProgress)]
    [InlineData(RequestStatus.InProgress, RequestStatus.WaitingForResident)]
    [InlineData(RequestStatus.WaitingForResident, RequestStatus.InProgress)]
    [InlineData(RequestStatus.InProgress, RequestStatus.ActionScheduled)]
    [InlineData(RequestStatus.ActionScheduled, RequestStatus.Closed)]
    [InlineData(RequestStatus.Submitted, RequestStatus.Closed)]
    [InlineData(RequestStatus.Closed, RequestStatus.InProgress)]
    public void Allows_the_moves_in_the_table(string from, string to) => Assert.True(RequestLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(RequestStatus.InProgress, RequestStatus.Submitted)]
    [InlineData(RequestStatus.InProgress, RequestStatus.Acknowledged)]
    [InlineData(RequestStatus.Closed, RequestStatus.Acknowledged)]
    [InlineData(RequestStatus.Closed, RequestStatus.Closed)]
    [InlineData(RequestStatus.Acknowledged, RequestStatus.Acknowledged)]
    [InlineData("made-up", RequestStatus.Closed)]
    public void Refuses_moves_not_in_the_table(string from, string to) => Assert.False(RequestLifecycle.CanMove(from, to));

    [Fact]
    public void Every_open_status_can_close() =>
        Assert.All(RequestStatus.Open, status => Assert.True(RequestLifecycle.CanMove(status, RequestStatus.Closed)));

    [Fact]
    public void A_closed_request_can_only_go_back_to_in_progress() =>
        Assert.Equal([RequestStatus.InProgress], RequestLifecycle.AllowedFrom(RequestStatus.Closed));
}
