using System.Net;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Notifications.Letters;
using Microsoft.AspNetCore.Mvc.Testing;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>Administrators' templates and the print queue, through their handlers (page sign-in is the workspace's).</summary>
public abstract class TemplateEditingTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : TemplateEditingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : TemplateEditingTests(DatabaseProvider.Postgres);

    protected override IDictionary<string, string?> Settings => Quiet;

    private static EditTemplate.Command Received(string body) => new(NotificationEvent.RequestReceived, "en", MessageChannel.Email,
        "Thanks: ((reference))", body, null, "Test administrator");

    [Fact]
    public async Task A_saved_template_is_used_for_the_next_message()
    {
        var saved = await Host.InScope(sp => sp.GetRequiredService<EditTemplate.Handler>().Save(Received(
            "Hello ((name)). We have it. Ref ((reference)), ((service)), ((officer)). Next: ((what_happens_next)) By ((date)).")));
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        Assert.True(saved.Succeeded, saved.Error?.Message);
        var message = Assert.Single(await Messages(Host, submitted.Id));
        Assert.StartsWith("Hello Amina Hassan. We have it.", message.Body);
        Assert.Contains("By Wednesday 25 November 2026.", message.Body);
    }

    [Fact]
    public async Task A_template_that_leaves_out_the_officer_is_not_saved_and_the_built_in_one_stays()
    {
        var saved = await Host.InScope(sp => sp.GetRequiredService<EditTemplate.Handler>().Save(Received(
            "Ref ((reference)), ((service)). Next: ((what_happens_next)) By ((date)).")));
        var resident = await Resident(Host);
        var submitted = await MissedBin(Host, resident.Id);

        Assert.StartsWith("Add ((officer))", saved.Error!.Message);
        Assert.Contains("Dealing with it: Waste and Recycling", Assert.Single(await Messages(Host, submitted.Id)).Body);
    }

    [Fact]
    public void The_preview_fills_in_example_values_and_warns_about_jargon()
    {
        var preview = EditTemplate.Show(Received("We will endeavour to facilitate ((service)) for ((reference)), ((officer)), ((what_happens_next)) ((date))."));

        Assert.Contains("K7M-4QP-X9Y", preview.Body);
        Assert.Contains("Priya Shah", preview.Body);
        Assert.Contains(preview.Readability.Warnings, w => w.Contains("\"facilitate\"", StringComparison.Ordinal));
        Assert.Empty(preview.Problems);
    }

    [Fact]
    public async Task Letters_are_printed_from_the_queue_and_leave_it_when_marked_printed()
    {
        var resident = await Resident(Host, channel: "letter");
        await MissedBin(Host, resident.Id);
        await Dispatcher(Host).DispatchDueAsync();

        var waiting = await Host.InScope(sp => sp.GetRequiredService<PrintQueue>().Waiting());
        var pdf = await Host.InScope(sp => sp.GetRequiredService<PrintQueue>().Pdf());
        var marked = await Host.InScope(sp => sp.GetRequiredService<PrintQueue>().MarkPrinted([waiting.Single().Id]));

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 8));
        Assert.Equal(1, marked);
        Assert.Empty(await Host.InScope(sp => sp.GetRequiredService<PrintQueue>().Waiting()));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await Messages(Host)).Status);
    }

    [Theory]
    [InlineData("/staff/notifications/templates")]
    [InlineData("/staff/notifications/templates/request-received/en/email")]
    [InlineData("/staff/notifications/print-queue")]
    [InlineData("/staff/notifications/messages")]
    [InlineData("/staff/notifications/due-soon")]
    public async Task Workspace_pages_need_a_staff_sign_in(string path)
    {
        using var client = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery);
    }
}
