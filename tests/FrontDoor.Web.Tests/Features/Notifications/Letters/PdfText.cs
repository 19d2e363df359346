using System.Diagnostics;
using System.Text;

namespace FrontDoor.Web.Tests.Features.Notifications.Letters;

/// <summary>Reads a PDF's text with pdftotext (Debian's poppler-utils, installed by scripts/test).</summary>
internal static class PdfText
{
    public static string Read(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            }) ?? throw new InvalidOperationException("pdftotext (apt-get install poppler-utils) is needed");
            var text = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, $"pdftotext: {errors}");
            return text.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
