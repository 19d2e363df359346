using FrontDoor.Web.Features.Feedback;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Tests.Features.Staff;

namespace FrontDoor.Web.Tests.Features.Customers;

public abstract class CustomerViewTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : CustomerViewTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CustomerViewTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task The_single_customer_view_shows_the_person_their_requests_messages_and_feedback_but_not_other_peoples()
    {
        var priya = await WorkspaceData.Resident(Host);
        var someoneElse = await WorkspaceData.Resident(Host, first: "Ola", last: "Nowak", phone: "07700900999", email: null);
        var hers = await WorkspaceData.MissedBin(Host, priya.Id);
        var theirs = await WorkspaceData.MissedBin(Host, someoneElse.Id);
        await Host.InScope(async sp =>
        {
            var db = FrontDoorHost.Db(sp);
            db.Add(new FeedbackResponse { CouncilId = priya.CouncilId, RequestId = hers.Id, Channel = Channel.Web, Stage = FeedbackResponse.AfterSubmission, Satisfaction = 4, Comments = "Easy to report" });
            db.Add(new FeedbackResponse { CouncilId = priya.CouncilId, RequestId = theirs.Id, Channel = Channel.Web, Stage = FeedbackResponse.AfterSubmission, Satisfaction = 1, Comments = "Not my feedback" });
            await db.SaveChangesAsync();
        });
        await Host.InScope(sp => sp.GetRequiredService<AddRequestUpdate.Handler>()
            .Handle(new AddRequestUpdate.Command(hers.Reference, null, "The crew will return on Tuesday.", true, Actor.System)));
        var advisor = await StaffSession.SignIn(Host, StaffSession.Advisor);

        var page = await advisor.GetPage($"/staff/customers/{priya.Id}");

        Assert.Contains("07700900123", page);
        Assert.Contains($"/staff/requests/{hers.Reference}", page);
        Assert.DoesNotContain(theirs.Reference, page);
        Assert.Contains("The crew will return on Tuesday.", page);
        Assert.Contains("Easy to report", page);
        Assert.DoesNotContain("Not my feedback", page);
        Assert.True(page.IndexOf("id=\"requests\"", StringComparison.Ordinal) < page.IndexOf("id=\"contacts\"", StringComparison.Ordinal)
            && page.IndexOf("id=\"contacts\"", StringComparison.Ordinal) < page.IndexOf("id=\"feedback\"", StringComparison.Ordinal));
    }
}
