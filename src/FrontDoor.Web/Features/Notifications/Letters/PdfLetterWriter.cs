using System.Globalization;
using SkiaSharp;

namespace FrontDoor.Web.Features.Notifications.Letters;

/// <summary>A letter to print: who it is from, who it goes to, the date, a heading and the text.</summary>
public sealed record Letter(IReadOnlyList<string> From, IReadOnlyList<string> To, string Date, string Subject, string Body);

/// <summary>
/// Prints letters in any resident language as one PDF with SkiaSharp's PDF backend: text shaped by HarfBuzz (Bengali
/// conjuncts), Noto fonts embedded (<see cref="LetterFonts"/>), A4, 25 mm margins, each letter starting on a new page,
/// the sender's address on the right. ADR 0008 says why this library and these fonts.
/// </summary>
public sealed class PdfLetterWriter(LetterFonts fonts)
{
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 72;
    private const float BodySize = 11;

    /// <summary>Bengali's vowel signs reach far above and below the line, so lines are further apart than for English.</summary>
    private const float Leading = 17;

    private const float TextWidth = PageWidth - (2 * Margin);

    public byte[] Write(IEnumerable<Letter> letters)
    {
        using var output = new MemoryStream();
        using (var typesetter = new Typesetter(fonts, BodySize))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata
        {
            Title = "Letters to print",
            Creator = "FrontDoor",
            Producer = "FrontDoor (SkiaSharp)",
        }))
        {
            var pages = letters.SelectMany(letter => Pages(typesetter, letter)).ToList();
            if (pages.Count == 0)
            {
                pages.Add([]);
            }

            foreach (var page in pages)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                var y = Margin + BodySize;
                foreach (var (line, right) in page)
                {
                    Typesetter.Draw(canvas, line, right ? PageWidth - Margin - line.Width : Margin, y, paint);
                    y += Leading;
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static IEnumerable<List<(Typesetter.Line Line, bool Right)>> Pages(Typesetter typesetter, Letter letter)
    {
        var blank = typesetter.Shape("", false);
        var lines = new List<(Typesetter.Line, bool)>();
        lines.AddRange(letter.From.Select(l => (typesetter.Shape(l, false), true)));
        lines.Add((blank, false));
        lines.AddRange(letter.To.Select(l => (typesetter.Shape(l, false), false)));
        lines.Add((blank, false));
        lines.Add((typesetter.Shape(letter.Date, false), false));
        lines.Add((blank, false));
        lines.AddRange(Wrap(typesetter, letter.Subject, true).Select(l => (l, false)));
        lines.Add((blank, false));
        foreach (var paragraph in letter.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lines.AddRange(Wrap(typesetter, paragraph, false).Select(l => (l, false)));
        }

        var perPage = (int)((PageHeight - (2 * Margin)) / Leading);
        for (var start = 0; start < lines.Count; start += perPage)
        {
            yield return lines.Skip(start).Take(perPage).ToList();
        }
    }

    /// <summary>
    /// Breaks a paragraph into lines that fit between the margins, measured as shaped (a conjunct is narrower than the
    /// letters it joins). A word wider than a whole line is broken between characters as a reader sees them.
    /// </summary>
    internal static IEnumerable<Typesetter.Line> Wrap(Typesetter typesetter, string paragraph, bool bold)
    {
        var line = "";
        var shaped = typesetter.Shape("", bold);
        foreach (var word in paragraph.Split(' ').SelectMany(w => Pieces(typesetter, w, bold)))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            var measured = typesetter.Shape(candidate, bold);
            if (line.Length > 0 && measured.Width > TextWidth)
            {
                yield return shaped;
                line = word;
                shaped = typesetter.Shape(word, bold);
            }
            else
            {
                line = candidate;
                shaped = measured;
            }
        }

        yield return shaped;
    }

    private static IEnumerable<string> Pieces(Typesetter typesetter, string word, bool bold)
    {
        if (typesetter.Shape(word, bold).Width <= TextWidth)
        {
            yield return word;
            yield break;
        }

        var piece = "";
        var characters = StringInfo.GetTextElementEnumerator(word);
        while (characters.MoveNext())
        {
            var next = piece + characters.GetTextElement();
            if (piece.Length > 0 && typesetter.Shape(next, bold).Width > TextWidth)
            {
                yield return piece;
                next = characters.GetTextElement();
            }

            piece = next;
        }

        yield return piece;
    }
}
