using System.Globalization;
using System.Text;

namespace FrontDoor.Web.Features.Notifications.Letters;

/// <summary>A letter to print: who it is from, who it goes to, the date, a heading and the text.</summary>
public sealed record Letter(IReadOnlyList<string> From, IReadOnlyList<string> To, string Date, string Subject, string Body);

/// <summary>
/// Writes plain-text letters as a PDF 1.4 file with the standard Helvetica fonts (every PDF reader has them, so nothing
/// is embedded), A4, 25 mm margins, one letter starting on a new page. Characters outside Windows-1252 print as '?':
/// letters in scripts Helvetica lacks (Bengali) are composed in English (docs/notifications.md).
/// </summary>
public static class PdfLetterWriter
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Margin = 72;
    private const double BodySize = 11;
    private const double Leading = 15;

    public static byte[] Write(IEnumerable<Letter> letters)
    {
        var pages = new List<string>();
        foreach (var letter in letters)
        {
            pages.AddRange(Pages(letter));
        }

        if (pages.Count == 0)
        {
            pages.Add("");
        }

        return Assemble(pages);
    }

    private static IEnumerable<string> Pages(Letter letter)
    {
        var lines = new List<(string Text, bool Bold, bool Right)>();
        lines.AddRange(letter.From.Select(l => (l, false, true)));
        lines.Add(("", false, false));
        lines.AddRange(letter.To.Select(l => (l, false, false)));
        lines.Add(("", false, false));
        lines.Add((letter.Date, false, false));
        lines.Add(("", false, false));
        lines.AddRange(Wrap(letter.Subject, true).Select(l => (l, true, false)));
        lines.Add(("", false, false));
        foreach (var paragraph in letter.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lines.AddRange(Wrap(paragraph, false).Select(l => (l, false, false)));
        }

        var perPage = (int)((PageHeight - (2 * Margin)) / Leading);
        for (var start = 0; start < lines.Count; start += perPage)
        {
            var content = new StringBuilder();
            var y = PageHeight - Margin;
            foreach (var (text, bold, right) in lines.Skip(start).Take(perPage))
            {
                var x = right ? PageWidth - Margin - Width(text, bold) : Margin;
                content.Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {BodySize} Tf {x:0.##} {y:0.##} Td ({Escape(text)}) Tj ET\n");
                y -= Leading;
            }

            yield return content.ToString();
        }
    }

    /// <summary>Breaks a paragraph into lines that fit between the margins, by Helvetica's character widths.</summary>
    internal static IEnumerable<string> Wrap(string paragraph, bool bold)
    {
        var max = PageWidth - (2 * Margin);
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, bold) > max)
            {
                yield return line.ToString();
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        yield return line.ToString();
    }

    private static double Width(string text, bool bold) =>
        text.Sum(c => c is >= ' ' and <= '~' ? HelveticaWidths[c - ' '] : 556) * BodySize / 1000 * (bold ? 1.05 : 1);

    /// <summary>Helvetica's advance widths (Adobe AFM) for ' ' to '~', in thousandths of the font size.</summary>
    private static readonly int[] HelveticaWidths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    /// <summary>A PDF string in Windows-1252 (WinAnsiEncoding), with its delimiters escaped.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var b = (char)WinAnsi(c);
            switch (b)
            {
                case '(' or ')' or '\\':
                    builder.Append('\\').Append(b);
                    break;
                case < ' ' or > '~':
                    builder.Append('\\').Append(Convert.ToString((int)b, 8).PadLeft(3, '0'));
                    break;
                default:
                    builder.Append((char)b);
                    break;
            }
        }

        return builder.ToString();
    }

    private static byte WinAnsi(char c) => c switch
    {
        '€' => 0x80,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '\t' => 0x20,
        < ' ' => 0x3F,
        <= '~' => (byte)c,
        >= '\u00A0' and <= '\u00FF' => (byte)c,
        _ => 0x3F,
    };

    private static byte[] Assemble(IReadOnlyList<string> pages)
    {
        // Objects: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, then a page and its content stream per page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + string.Join(' ', pages.Select((_, i) => $"{5 + (2 * i)} 0 R")) + $"] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            objects.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + (2 * i)} 0 R >>"));
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(pages[i])} >>\nstream\n{pages[i]}endstream");
        }

        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
