using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Notifications.Templates;

namespace FrontDoor.Web.Tests.Features.Notifications.Templates;

public sealed class TemplateTests
{
    public static TheoryData<string, string, string> EveryBuiltInTemplate()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in DefaultTemplates.Languages)
        {
            foreach (var @event in NotificationEvent.All)
            {
                foreach (var channel in MessageChannel.All)
                {
                    data.Add(@event, language, channel);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBuiltInTemplate))]
    public void Every_built_in_template_names_what_the_charter_requires_and_uses_only_known_placeholders(string @event, string language, string channel)
    {
        var (subject, body) = DefaultTemplates.Find(@event, language, channel);

        Assert.Empty(TemplateRenderer.Problems(@event, channel, subject, body));
    }

    [Fact]
    public void Placeholders_are_filled_and_one_without_a_value_is_left_out_rather_than_shown()
    {
        var text = TemplateRenderer.Render("Ref ((reference)) by ((officer))((note)).", new Dictionary<string, string>
        {
            ["reference"] = "K7M-4QP-X9Y", ["officer"] = "Priya Shah",
        });

        Assert.Equal("Ref K7M-4QP-X9Y by Priya Shah.", text);
    }

    [Fact]
    public void A_request_template_without_the_officer_or_date_cannot_be_saved()
    {
        var problems = TemplateRenderer.Problems(NotificationEvent.RequestUpdate, MessageChannel.Email, "Update ((reference))",
            "Your request ((reference)) for ((service)): ((what_happens_next)) ((colour))");

        Assert.Contains(problems, p => p.StartsWith("Add ((officer))", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Add ((date))", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("((colour)) is not a placeholder", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_English_passes_the_readability_check()
    {
        var (_, body) = DefaultTemplates.Find(NotificationEvent.RequestReceived, "en", MessageChannel.Email);

        var report = Readability.Check(body);

        Assert.True(report.IsEasyToRead, string.Join("; ", report.Warnings));
        Assert.True(report.FleschReadingEase >= 60);
    }

    [Fact]
    public void Long_sentences_of_long_words_and_jargon_are_warned_about()
    {
        var report = Readability.Check(
            "Please be advised that, notwithstanding the aforementioned considerations, the council will endeavour to facilitate " +
            "the expeditious resolution of your representation in due course, pursuant to the applicable organisational procedures and " +
            "operational prioritisation methodologies.");

        Assert.True(report.FleschReadingEase < 30);
        Assert.Contains(report.Warnings, w => w.StartsWith("This is hard to read", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("\"facilitate\"", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Contains("\"in due course\"", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.StartsWith("One sentence has", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Friday 4 December 2026")]
    [InlineData("so", "Jimco 4 Bisha Laba iyo Tobnaad 2026")]
    public void Dates_are_written_out_in_the_residents_language(string language, string expected)
    {
        Assert.Equal(expected, RequestMessages.FormatDate(new DateOnly(2026, 12, 4), language));
    }
}
