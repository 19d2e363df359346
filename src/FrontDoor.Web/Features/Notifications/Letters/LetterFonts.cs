using Microsoft.Extensions.Diagnostics.HealthChecks;
using SkiaSharp;

namespace FrontDoor.Web.Features.Notifications.Letters;

/// <summary>
/// The fonts letters are printed in: Noto Sans for Latin script (English, Somali, names, references) and Noto Sans
/// Bengali, each regular and bold, read from Debian's <c>fonts-noto-core</c> (ADR 0008). A letter is written in the
/// first of these that has each character, so a Bengali letter prints an officer's English name in Noto Sans.
/// </summary>
public sealed class LetterFonts : IDisposable
{
    /// <summary>In order of preference; Noto Sans first so that punctuation between scripts is printed in it.</summary>
    public static IReadOnlyList<string> RegularFiles { get; } = ["NotoSans-Regular.ttf", "NotoSansBengali-Regular.ttf"];

    public static IReadOnlyList<string> BoldFiles { get; } = ["NotoSans-Bold.ttf", "NotoSansBengali-Bold.ttf"];

    private readonly Lazy<(IReadOnlyList<SKTypeface> Regular, IReadOnlyList<SKTypeface> Bold)> loaded;

    public LetterFonts(LetterOptions options)
    {
        Folder = options.FontFolder;
        loaded = new(() => (Load(RegularFiles), Load(BoldFiles)));
    }

    public string Folder { get; }

    public IReadOnlyList<SKTypeface> Regular => loaded.Value.Regular;

    public IReadOnlyList<SKTypeface> Bold => loaded.Value.Bold;

    /// <summary>The font files that are not in <see cref="Folder"/>; empty when letters can be printed.</summary>
    public IReadOnlyList<string> Missing() =>
        RegularFiles.Concat(BoldFiles).Where(f => !File.Exists(Path.Combine(Folder, f))).ToList();

    /// <summary>What to tell the person setting FrontDoor up when a font is missing.</summary>
    public string MissingMessage(IReadOnlyList<string> missing) =>
        $"Letters cannot be printed: {string.Join(", ", missing)} not found in {Folder}. " +
        "Install Debian's fonts-noto-core (apt-get install fonts-noto-core) or set Notifications:Letters:FontFolder " +
        "to a folder with these files.";

    private List<SKTypeface> Load(IEnumerable<string> files)
    {
        var missing = Missing();
        if (missing.Count > 0)
        {
            // A deployment without the fonts is a set-up fault, not something a member of staff can put right.
            throw new InvalidOperationException(MissingMessage(missing));
        }

        return files.Select(f => SKTypeface.FromFile(Path.Combine(Folder, f))
            ?? throw new InvalidOperationException($"Letters cannot be printed: {f} in {Folder} is not a font Skia can read.")).ToList();
    }

    public void Dispose()
    {
        if (!loaded.IsValueCreated)
        {
            return;
        }

        foreach (var typeface in loaded.Value.Regular.Concat(loaded.Value.Bold))
        {
            typeface.Dispose();
        }
    }
}

/// <summary>Configuration section <c>Notifications:Letters</c>.</summary>
public sealed class LetterOptions
{
    /// <summary>Where Noto Sans and Noto Sans Bengali (.ttf) are: Debian's fonts-noto-core puts them here.</summary>
    public string FontFolder { get; set; } = "/usr/share/fonts/truetype/noto";
}

/// <summary>
/// <c>/health</c> answers Degraded, saying which font is missing, when letters cannot be printed, so a deployment
/// without the fonts is noticed before the first letter is due rather than when staff download the print queue.
/// </summary>
public sealed class LetterFontsHealthCheck(LetterFonts fonts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = fonts.Missing();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("Letter fonts are installed.")
            : new HealthCheckResult(context.Registration.FailureStatus, fonts.MissingMessage(missing)));
    }
}
