using FrontDoor.Web.Features.Notifications.Letters;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontDoor.Web.Tests.Features.Notifications.Letters;

/// <summary>The letters PDF read back with pdftotext (Debian's poppler-utils), as a print shop's software would read it.</summary>
public sealed class PdfLetterWriterTests : IDisposable
{
    private readonly LetterFonts fonts = new(new LetterOptions());

    private PdfLetterWriter Writer => new(fonts);

    private static readonly Letter Sample = new(
        ["Thameside Borough Council", "Town Hall"],
        ["Amina Hassan", "Flat 3", "12 River Road", "E14 2BG"],
        "Monday 23 November 2026",
        "We have your request K7M-4QP-X9Y",
        "Dear Amina Hassan,\n\nThank you for telling us (it helps). We have your request.\n\nYour reference: K7M-4QP-X9Y\nDealing with it: Priya Shah\nWe expect to finish by: Friday 4 December 2026\n\n" +
        string.Join(' ', Enumerable.Repeat("A long paragraph that must wrap across lines and pages.", 120)));

    [Fact]
    public void A_letter_reads_back_with_its_address_reference_officer_and_date()
    {
        var text = PdfText.Read(Writer.Write([Sample]));

        Assert.Contains("Flat 3", text);
        Assert.Contains("E14 2BG", text);
        Assert.Contains("Your reference: K7M-4QP-X9Y", text);
        Assert.Contains("Dealing with it: Priya Shah", text);
        Assert.Contains("Friday 4 December 2026", text);
        Assert.Contains("Thank you for telling us (it helps).", text);
    }

    [Fact]
    public void Bengali_reads_back_letter_for_letter_after_shaping_with_English_names_and_references_beside_it()
    {
        // প্র, ন্স, ম্প, র্ক and ন্য are conjuncts, drawn by HarfBuzz as one glyph each, and the ু of নতুন is drawn under
        // the letter before it: the PDF must still say which letters they are, in order, with no space inside a word.
        var letter = Sample with
        {
            Subject = "আমরা আপনার অনুরোধ পেয়েছি K7M-4QP-X9Y",
            Body = "প্রিয় Amina Hassan,\n\nআমাদের জানানোর জন্য ধন্যবাদ। আপনার অনুরোধ সম্পর্কে নতুন খবর আছে।\n\nআপনার রেফারেন্স: K7M-4QP-X9Y\nযিনি দেখছেন: Priya Shah",
            Date = "শুক্রবার 4 ডিসেম্বর 2026",
        };

        var text = PdfText.Read(Writer.Write([letter]));

        Assert.Contains("আমরা আপনার অনুরোধ পেয়েছি K7M-4QP-X9Y", text);
        Assert.Contains("প্রিয় Amina Hassan,", text);
        Assert.Contains("আমাদের জানানোর জন্য ধন্যবাদ। আপনার অনুরোধ সম্পর্কে নতুন খবর আছে।", text);
        Assert.Contains("আপনার রেফারেন্স: K7M-4QP-X9Y", text);
        Assert.Contains("যিনি দেখছেন: Priya Shah", text);
        Assert.Contains("শুক্রবার 4 ডিসেম্বর 2026", text);
    }

    [Fact]
    public void Bengali_is_shaped_into_conjuncts_rather_than_printed_letter_by_letter()
    {
        using var typesetter = new Typesetter(fonts, 11);

        var conjunct = typesetter.Shape("প্র", false);
        var apart = typesetter.Shape("প র", false);

        // প + ্ + র is one cluster narrower than the two letters apart; unshaped it would be three glyphs side by side.
        Assert.True(conjunct.Runs.Single().Shaped.Codepoints.Length < 3, "drawn as separate letters");
        Assert.True(conjunct.Width < apart.Width);
        Assert.Equal(["NotoSansBengali-Regular"], conjunct.Runs.Select(r => r.Face.Font.Typeface.PostScriptName));
    }

    [Fact]
    public void Each_letter_starts_on_a_new_page_and_long_letters_run_onto_more_pages()
    {
        var pdf = Writer.Write([Sample, Sample with { To = ["Second Resident", "1 Dock Street", "E1 8AA"] }]);

        var pages = PdfText.Read(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.Contains(pages, p => p.TrimStart().StartsWith("Thameside Borough Council", StringComparison.Ordinal) && p.Contains("Second Resident"));
    }

    [Fact]
    public void Every_line_fits_between_the_margins_even_a_word_longer_than_a_line()
    {
        using var typesetter = new Typesetter(fonts, 11);
        var link = "https://frontdoor.thameside.example/" + new string('x', 200);

        var lines = PdfLetterWriter.Wrap(typesetter, string.Join(' ', Enumerable.Repeat("word", 300)) + " " + link, false).ToList();

        Assert.All(lines, line => Assert.True(line.Width <= 451.28f, $"{line.Width} points"));
        Assert.True(lines.Count > 10);
    }

    [Fact]
    public void Without_the_fonts_the_set_up_fault_is_named_with_how_to_fix_it()
    {
        using var missing = new LetterFonts(new LetterOptions { FontFolder = Path.Combine(Path.GetTempPath(), $"no-fonts-{Guid.NewGuid():N}") });

        var problem = Assert.Throws<InvalidOperationException>(() => new PdfLetterWriter(missing).Write([Sample]));

        Assert.Contains("NotoSansBengali-Regular.ttf", problem.Message);
        Assert.Contains("apt-get install fonts-noto-core", problem.Message);
    }

    [Fact]
    public async Task Without_the_fonts_health_is_degraded_and_says_which_files_are_missing()
    {
        using var missing = new LetterFonts(new LetterOptions { FontFolder = Path.Combine(Path.GetTempPath(), $"no-fonts-{Guid.NewGuid():N}") });
        var check = new LetterFontsHealthCheck(missing);
        var registration = new HealthCheckRegistration("letter-fonts", check, HealthStatus.Degraded, null);

        var without = await check.CheckHealthAsync(new HealthCheckContext { Registration = registration });
        var with = await new LetterFontsHealthCheck(fonts).CheckHealthAsync(new HealthCheckContext { Registration = registration });

        Assert.Equal(HealthStatus.Degraded, without.Status);
        Assert.Contains("NotoSans-Bold.ttf", without.Description);
        Assert.Equal(HealthStatus.Healthy, with.Status);
    }

    public void Dispose() => fonts.Dispose();
}
