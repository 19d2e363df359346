using System.Diagnostics;
using System.Globalization;
using System.Text;
using FrontDoor.Linkage;
using FrontDoor.Linkage.Model;
using FrontDoor.Linkage.Records;
using FrontDoor.Linkage.Sources;

namespace FrontDoor.Web.Infrastructure.Commands;

/// <summary>
/// <c>link --input FILE.csv [--input FILE.csv ...] --out CLUSTERS.csv [--review-out PAIRS.csv] [--mapping MAPPING.json]</c>:
/// a batch linkage run outside the database, so the matcher can be measured from outside (docs/single-customer-view.md).
/// Several inputs are linked across and deduplicated within. Bad rows are reported by file and line and never stop
/// the run; bad arguments, a missing file or a header that does not fit the mapping stop it with exit code 2.
/// </summary>
public static class LinkCommand
{
    private const string Usage = "Use: link --input FILE.csv [--input FILE.csv ...] --out CLUSTERS.csv [--review-out PAIRS.csv] [--mapping MAPPING.json]";
    private const int ProblemsListed = 50;

    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Parse(args);
        if (parsed.Problem is not null)
        {
            await error.WriteLineAsync(parsed.Problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var mapping = SourceMapping.Standard;
        if (parsed.Mapping is { } mappingFile)
        {
            if (!File.Exists(mappingFile))
            {
                await error.WriteLineAsync($"There is no mapping file at {mappingFile}.");
                return 2;
            }

            var read = SourceMapping.Parse(await File.ReadAllTextAsync(mappingFile));
            if (read.Problem is not null)
            {
                await error.WriteLineAsync($"{mappingFile}: {read.Problem}");
                return 2;
            }

            mapping = read.Mapping!;
        }

        var watch = Stopwatch.StartNew();
        var records = new List<PersonRecord>();
        var problems = new List<RowProblem>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in parsed.Inputs)
        {
            if (!File.Exists(input))
            {
                await error.WriteLineAsync($"There is no input file at {input}.");
                return 2;
            }

            var source = mapping.SourceNameFor(input);
            if (!sources.Add(source))
            {
                await error.WriteLineAsync($"Two inputs have the source name '{source}'. Rename a file, or name the sources in the mapping's \"sources\".");
                return 2;
            }

            using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var read = SourceReader.Read(reader, source, mapping);
            if (read.FileProblem is not null)
            {
                await error.WriteLineAsync($"{input}: {read.FileProblem}");
                return 2;
            }

            records.AddRange(read.Records);
            problems.AddRange(read.Problems);
            await output.WriteLineAsync($"Read {read.Records.Count:N0} records from {input} as source '{source}'.");
        }

        await ReportProblems(problems, error);
        var options = new LinkageOptions { Progress = (step, took) => output.WriteLine($"  {step}: {took.TotalSeconds:N1} s") };
        var result = Linker.Link(records, options);
        await WriteClusters(parsed.Out!, result);
        if (parsed.ReviewOut is { } reviewOut)
        {
            await WriteReviewPairs(reviewOut, result);
        }

        var people = result.PersonOf.Length == 0 ? 0 : result.PersonOf.Max() + 1;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Linked {records.Count:N0} records into {people:N0} people in {watch.Elapsed.TotalSeconds:N1} s: {result.CandidatePairs:N0} pairs compared, " +
            $"{result.AutomaticLinks:N0} linked automatically (match probability {options.AutoLinkProbability} or more), " +
            $"{result.ReviewPairs.Count:N0} for review, {problems.Count(p => p.RowLeftOut):N0} rows left out."));
        await output.WriteLineAsync($"Wrote {parsed.Out}{(parsed.ReviewOut is null ? string.Empty : $" and {parsed.ReviewOut}")}.");
        return 0;
    }

    private static async Task ReportProblems(List<RowProblem> problems, TextWriter error)
    {
        foreach (var problem in problems.Take(ProblemsListed))
        {
            await error.WriteLineAsync($"{problem.Source}: line {problem.Line}: {problem.Problem}");
        }

        if (problems.Count > ProblemsListed)
        {
            await error.WriteLineAsync($"... and {problems.Count - ProblemsListed:N0} more. All problems by kind:");
            foreach (var kind in problems.GroupBy(p => (p.Source, p.Problem)).OrderBy(g => g.Key.Source, StringComparer.Ordinal))
            {
                await error.WriteLineAsync($"  {kind.Key.Source}: {kind.Count():N0} row(s) {kind.Key.Problem}");
            }
        }
    }

    private static async Task WriteClusters(string path, LinkageResult result)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteLineAsync("source,source_id,person_key");
        for (var i = 0; i < result.Records.Count; i++)
        {
            var record = result.Records[i];
            await writer.WriteLineAsync($"{Csv(record.Source)},{Csv(record.SourceId)},{PersonKey(result.PersonOf[i])}");
        }
    }

    private static async Task WriteReviewPairs(string path, LinkageResult result)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteLineAsync("source_a,source_id_a,person_key_a,source_b,source_id_b,person_key_b,match_weight,match_probability," +
            string.Join(',', Comparisons.Names.Select(n => $"{n}_level,{n}_weight")));
        foreach (var pair in result.ReviewPairs)
        {
            var (a, b) = (result.Records[pair.A], result.Records[pair.B]);
            var evidence = result.Explain(pair.A, pair.B);
            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{Csv(a.Source)},{Csv(a.SourceId)},{PersonKey(result.PersonOf[pair.A])},{Csv(b.Source)},{Csv(b.SourceId)},{PersonKey(result.PersonOf[pair.B])},{pair.Weight:F2},{pair.Probability:F4},") +
                string.Join(',', evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{Csv(e.Level)},{e.Weight:F2}"))));
        }
    }

    private static string PersonKey(int person) => string.Create(CultureInfo.InvariantCulture, $"P{person + 1:D7}");

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private sealed record Arguments(List<string> Inputs, string? Out, string? ReviewOut, string? Mapping, string? Problem);

    private static Arguments Parse(string[] args)
    {
        var inputs = new List<string>();
        string? output = null, review = null, mapping = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                return new Arguments(inputs, null, null, null, $"'{name}' is not an option; options start with --.");
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return new Arguments(inputs, null, null, null, $"{name} needs a value after it.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--input": inputs.Add(value); break;
                case "--out": output = value; break;
                case "--review-out": review = value; break;
                case "--mapping": mapping = value; break;
                default: return new Arguments(inputs, null, null, null, $"{name} is not an option of link.");
            }
        }

        var problem = inputs.Count == 0 ? "Give at least one file to link with --input."
            : output is null ? "Give the file to write the clusters to with --out."
            : null;
        return new Arguments(inputs, output, review, mapping, problem);
    }
}
