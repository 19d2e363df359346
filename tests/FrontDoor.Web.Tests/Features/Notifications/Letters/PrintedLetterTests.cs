using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Notifications.Letters;
using FrontDoor.Web.Features.Requests;
using static FrontDoor.Web.Tests.Features.Notifications.NotificationTestData;

namespace FrontDoor.Web.Tests.Features.Notifications.Letters;

/// <summary>
/// A resident who prefers letters, in each language FrontDoor writes: the letter goes to the print queue, is printed
/// to PDF and read back with pdftotext, in the resident's language, with the reference, the officer and the date.
/// </summary>
public abstract class PrintedLetterTests(DatabaseProvider provider) : HostTests(provider)
{
    public sealed class OnSqlite() : PrintedLetterTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : PrintedLetterTests(DatabaseProvider.Postgres);

    protected override IDictionary<string, string?> Settings => Quiet;

    [Theory]
    [InlineData("en", "Priya Shah is dealing with your request", "Your reference: {0}", "Dealing with it: Priya Shah", "We expect to finish by: {1}")]
    [InlineData("bn", "Priya Shah আপনার অনুরোধ দেখছেন", "আপনার রেফারেন্স: {0}", "যিনি দেখছেন: Priya Shah", "আমরা এই তারিখের মধ্যে শেষ করার আশা করি: {1}")]
    [InlineData("so", "Priya Shah ayaa ka shaqeynaya codsigaaga", "Tixraacaaga: {0}", "Qofka ka shaqeynaya: Priya Shah", "Waxaan filaynaa inaan dhammeyno: {1}")]
    public async Task A_letter_prints_in_the_residents_language_with_the_reference_officer_and_date(
        string language, string heading, string reference, string officer, string date)
    {
        var resident = await Resident(Host, language: language, channel: MessageChannel.Letter);
        var submitted = await MissedBin(Host, resident.Id);
        var priya = await Officer(Host, "Priya Shah");
        await Host.InScope(sp => sp.GetRequiredService<AssignOfficer.Handler>()
            .Handle(new(submitted.Reference, null, priya.Id, Actor.Staff(priya.Id, priya.DisplayName))));
        await Dispatcher(Host).DispatchDueAsync();

        var letter = (await Messages(Host, submitted.Id)).Single(m => m.Event == NotificationEvent.OfficerAssigned);
        var text = PdfText.Read(await Host.InScope(sp => sp.GetRequiredService<PrintQueue>().Pdf([letter.Id])));

        var display = FrontDoor.Domain.References.RequestReference.Parse(submitted.Reference).Value.Display;
        var due = RequestMessages.FormatDate(new DateOnly(2026, 11, 25), language);
        Assert.Equal(language, letter.Language);
        Assert.Equal(OutboxStatus.AwaitingPrint, letter.Status);
        Assert.Contains(heading, text);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, reference, display), text);
        Assert.Contains(officer, text);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, date, display, due), text);
        Assert.Contains("E14 2BG", text);
        Assert.Contains(RequestMessages.FormatDate(FrontDoor.Domain.Calendar.LondonTime.DateOf(letter.CreatedUtc), language), text);
    }
}
