using System.Diagnostics;
using System.Text;
using FrontDoor.Web.Features.Notifications.Letters;

namespace FrontDoor.Web.Tests.Features.Notifications.Letters;

/// <summary>The letters PDF read back with pdftotext (Debian's poppler-utils), as a print shop's software would read it.</summary>
public sealed class PdfLetterWriterTests
{
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
        var text = PdfToText(PdfLetterWriter.Write([Sample]));

        Assert.Contains("Flat 3", text);
        Assert.Contains("E14 2BG", text);
        Assert.Contains("Your reference: K7M-4QP-X9Y", text);
        Assert.Contains("Dealing with it: Priya Shah", text);
        Assert.Contains("Friday 4 December 2026", text);
        Assert.Contains("Thank you for telling us (it helps).", text);
    }

    [Fact]
    public void Each_letter_starts_on_a_new_page_and_long_letters_run_onto_more_pages()
    {
        var pdf = PdfLetterWriter.Write([Sample, Sample with { To = ["Second Resident", "1 Dock Street", "E1 8AA"] }]);

        var pages = PdfToText(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        Assert.Contains(pages, p => p.TrimStart().StartsWith("Thameside Borough Council", StringComparison.Ordinal) && p.Contains("Second Resident"));
    }

    [Fact]
    public void Every_line_fits_between_the_margins()
    {
        Assert.All(PdfLetterWriter.Wrap(string.Join(' ', Enumerable.Repeat("word", 300)), false), line => Assert.True(line.Length < 100));
    }

    private static string PdfToText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            }) ?? throw new InvalidOperationException("pdftotext (apt-get install poppler-utils) is needed");
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, $"pdftotext: {errors}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
