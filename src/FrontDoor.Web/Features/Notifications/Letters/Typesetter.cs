using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace FrontDoor.Web.Features.Notifications.Letters;

/// <summary>
/// Shapes text with HarfBuzz, so that Bengali conjuncts and vowel signs are the glyphs a reader expects, and draws it
/// with the characters behind each glyph cluster, so that a PDF reader (or a screen reader, or pdftotext) can read the
/// words back. One per PDF: HarfBuzz fonts are not shared between threads.
/// </summary>
internal sealed class Typesetter : IDisposable
{
    private readonly Face[] regular;
    private readonly Face[] bold;

    public Typesetter(LetterFonts fonts, float size)
    {
        Size = size;
        regular = fonts.Regular.Select(t => new Face(t, size)).ToArray();
        bold = fonts.Bold.Select(t => new Face(t, size)).ToArray();
    }

    public float Size { get; }

    /// <summary>A line of text split into runs of one font each and shaped; <see cref="Width"/> in points.</summary>
    public sealed record Line(IReadOnlyList<Run> Runs)
    {
        public float Width => Runs.Sum(r => r.Width);
    }

    public sealed record Run(Face Face, byte[] Utf8, SKShaper.Result Shaped)
    {
        public float Width => Shaped.Width;
    }

    public Line Shape(string text, bool isBold)
    {
        var faces = isBold ? bold : regular;
        var runs = new List<Run>();
        foreach (var (face, part) in SplitByFont(text, faces))
        {
            var utf8 = Encoding.UTF8.GetBytes(part);
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf8(utf8);
            buffer.GuessSegmentProperties();
            runs.Add(new Run(face, utf8, face.Shaper.Shape(buffer, face.Font)));
        }

        return new Line(runs);
    }

    /// <summary>
    /// Draws a shaped line with its baseline at <paramref name="y"/>. Each run carries its UTF-8 text and HarfBuzz's
    /// clusters (byte offsets into that text), from which Skia's PDF backend writes the text behind each glyph, so a
    /// conjunct drawn as one glyph still reads back as the letters it joins.
    /// </summary>
    public static void Draw(SKCanvas canvas, Line line, float x, float y, SKPaint paint)
    {
        if (line.Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        var offset = 0f;
        foreach (var run in line.Runs)
        {
            var shaped = run.Shaped;
            var buffer = builder.AllocateRawPositionedTextRun(run.Face.Font, shaped.Codepoints.Length, run.Utf8.Length, null);
            var words = WordStarts(run.Utf8);
            for (var i = 0; i < shaped.Codepoints.Length; i++)
            {
                buffer.Glyphs[i] = (ushort)shaped.Codepoints[i];
                buffer.Positions[i] = new SKPoint(shaped.Points[i].X + offset, shaped.Points[i].Y);
                buffer.Clusters[i] = words[shaped.Clusters[i]];
            }

            run.Utf8.CopyTo(buffer.Text);
            offset += run.Width;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, y, paint);
        }
    }

    /// <summary>
    /// For each byte of the text, where its word starts. Glyphs are given their word's start as their cluster, so the PDF
    /// says "these glyphs are this word" once per word. With HarfBuzz's own, smaller clusters, a vowel sign drawn
    /// under the letter before it (নতুন) ends its cluster short of the next letter, and text extraction (pdftotext,
    /// copy and paste) reads the gap as a space: "নতু ন".
    /// </summary>
    private static uint[] WordStarts(byte[] utf8)
    {
        var starts = new uint[utf8.Length + 1];
        var start = 0u;
        for (var i = 0; i < utf8.Length; i++)
        {
            var space = utf8[i] == (byte)' ';
            if (space || (i > 0 && utf8[i - 1] == (byte)' '))
            {
                start = (uint)i;
            }

            starts[i] = start;
        }

        starts[utf8.Length] = start;
        return starts;
    }

    /// <summary>
    /// Splits text where the font must change: each character goes in the first font that has it, but spaces,
    /// punctuation, digits and combining marks stay in the font already in use if it has them, so that a Bengali word
    /// and the full stop after it are shaped together.
    /// </summary>
    internal static IEnumerable<(Face Face, string Text)> SplitByFont(string text, IReadOnlyList<Face> faces)
    {
        Face? current = null;
        var part = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = current is not null && StaysInRun(rune) && current.Has(rune)
                ? current
                : faces.FirstOrDefault(f => f.Has(rune)) ?? current ?? faces[0];
            if (current is not null && face != current)
            {
                yield return (current, part.ToString());
                part.Clear();
            }

            current = face;
            part.Append(rune.ToString());
        }

        if (current is not null && part.Length > 0)
        {
            yield return (current, part.ToString());
        }
    }

    private static bool StaysInRun(Rune rune) =>
        rune.Value is 0x200C or 0x200D || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.DecimalDigitNumber => true,
            UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation => true,
            _ => false,
        };

    public void Dispose()
    {
        foreach (var face in regular.Concat(bold))
        {
            face.Dispose();
        }
    }

    /// <summary>A typeface at the letter's size with its HarfBuzz shaper.</summary>
    internal sealed class Face(SKTypeface typeface, float size) : IDisposable
    {
        public SKFont Font { get; } = new(typeface, size) { Subpixel = true };

        public SKShaper Shaper { get; } = new(typeface);

        public bool Has(Rune rune) => Font.ContainsGlyph(rune.Value);

        public void Dispose()
        {
            Shaper.Dispose();
            Font.Dispose();
        }
    }
}
