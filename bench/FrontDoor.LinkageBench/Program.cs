using FrontDoor.Linkage;
using FrontDoor.Linkage.Evaluation;
using FrontDoor.Linkage.Model;
using FrontDoor.Linkage.Sources;

var root = "tests/FrontDoor.Linkage.Tests/Data/febrl";
var mapping = SourceMapping.Parse(File.ReadAllText("src/FrontDoor.Linkage/Mappings/febrl.json")).Mapping!;
switch (args.FirstOrDefault())
{
    case "profile":
        Profile.Run(SourceReader.Read(new StreamReader(Path.Combine(root, "dataset3.csv")), "d3", mapping).Records);
        break;
    case "scale":
        foreach (var size in args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)))
        {
            Scale.Run(size);
        }

        break;
    case "synthetic":
        Synthetic(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "febrl":
        Febrl(["dataset3.csv"]);
        Febrl(["dataset4a.csv", "dataset4b.csv"]);
        break;
}

void Synthetic(int count)
{
    var generated = FrontDoor.Linkage.Synthetic.UkPopulation.Generate(count);
    Evaluate("synthetic", generated.Select(g => g.Record).ToList(), generated.Select(g => g.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());
}

void Febrl(string[] files)
{
    var records = files.SelectMany(f => SourceReader.Read(new StreamReader(Path.Combine(root, f)), Path.GetFileNameWithoutExtension(f), mapping).Records).ToList();
    Evaluate(string.Join("+", files), records, records.Select(r => r.SourceId.Split('-')[1]).ToList());
}

void Evaluate(string name, List<FrontDoor.Linkage.Records.PersonRecord> records, List<string> truth)
{
    var files = new[] { name };
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var options = new LinkageOptions
    {
        AutoLinkProbability = double.Parse(Environment.GetEnvironmentVariable("AUTO") ?? "0.999", System.Globalization.CultureInfo.InvariantCulture),
        ContradictionProbability = double.Parse(Environment.GetEnvironmentVariable("CONTRA") ?? "0.5", System.Globalization.CultureInfo.InvariantCulture),
        Progress = (step, took) => Console.Error.WriteLine($"  .. {step}: {took.TotalSeconds:F1} s"),
    };
    var result = Linker.Link(records, options);
    Console.WriteLine($"{string.Join("+", files)}: {records.Count} records, {result.CandidatePairs} candidate pairs, {watch.ElapsedMilliseconds} ms, EM {result.Model.Iterations} it, λ={result.Model.Lambda:G3}, held apart {result.HeldApart}");
    foreach (var (step, took) in result.Timings)
    {
        Console.WriteLine($"  {step}: {took.TotalMilliseconds:N0} ms");
    }

    Console.WriteLine("  " + PairwiseAccuracy.Measure(result.PersonOf, truth));
    for (var c = 0; c < Comparisons.Count; c++)
    {
        Console.WriteLine($"  {Comparisons.Names[c],-14} " + string.Join(" | ", Enumerable.Range(1, Comparisons.LevelCount(c) - 1).Select(l => $"{Comparisons.Levels[c][l]}: m={result.Model.M[c][l]:F4} u={result.Model.U[c][l]:G3} w={result.Model.Weights[c][l]:F1}")));
    }

    if (args.Contains("--errors"))
    {
        // Labels used here only to print what went wrong, for the docs' tuning notes.
        var index = records.Select((r, i) => (r, i)).ToDictionary(x => (x.r.Source, x.r.SourceId), x => x.i);
        var byTruth = records.Select((r, i) => (truth[i], i)).GroupBy(x => x.Item1).Where(g => g.Count() > 1);
        var missed = 0;
        foreach (var group in byTruth)
        {
            var members = group.Select(x => x.i).ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    int a = members[x], b = members[y];
                    if (result.PersonOf[a] != result.PersonOf[b] && missed++ < 25)
                    {
                        Console.WriteLine($"MISSED w={result.Score(a, b):F1}: {Show(records[a])} / {Show(records[b])}");
                        Console.WriteLine("     " + string.Join(", ", result.Explain(a, b).Where(e => e.Level != "missing").Select(e => $"{e.Field}:{e.Level}:{e.Weight:F1}")));
                    }
                }
            }
        }

        var clusters = Enumerable.Range(0, records.Count).GroupBy(i => result.PersonOf[i]).Where(g => g.Select(i => truth[i]).Distinct().Count() > 1).Take(25);
        foreach (var cluster in clusters)
        {
            var members = cluster.ToList();
            Console.WriteLine("WRONG CLUSTER:");
            foreach (var i in members)
            {
                Console.WriteLine($"    {Show(records[i])}");
            }

            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (truth[members[x]] != truth[members[y]])
                    {
                        Console.WriteLine($"     w={result.Score(members[x], members[y]):F1} " + string.Join(", ", result.Explain(members[x], members[y]).Where(e => e.Level != "missing").Select(e => $"{e.Field}:{e.Level}:{e.Weight:F1}")));
                    }
                }
            }
        }
    }
}

static string Show(FrontDoor.Linkage.Records.PersonRecord r) =>
    $"[{r.SourceId}] {r.FirstName} ({r.MiddleName}) {r.LastName} {r.DateOfBirth} {r.AddressLine1}, {r.AddressLine2}, {r.Town} {r.Postcode} u{r.Uprn} {r.Phone} {r.Email} {r.NiNumber}";

static class Profile
{
    public static void Run(IReadOnlyList<FrontDoor.Linkage.Records.PersonRecord> records)
    {
        var encoded = FrontDoor.Linkage.Encoding.EncodedRecords.Build(records, FrontDoor.Linkage.Names.NameEquivalents.Default());
        var comparer = new Comparer(encoded);
        var random = new Random(1);
        var levels = new byte[Comparisons.Count];
        for (var round = 0; round < 3; round++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            for (var k = 0; k < 200_000; k++)
            {
                comparer.Compare(random.Next(records.Count), random.Next(records.Count), levels);
            }

            var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"compare: {watch.Elapsed.TotalMilliseconds * 1000 / 200_000:F2} µs wall, {used.TotalMilliseconds * 1000 / 200_000:F2} µs cpu");
        }

        var w2 = System.Diagnostics.Stopwatch.StartNew();
        for (var k = 0; k < 200_000; k++)
        {
            FrontDoor.Linkage.Text.JaroWinkler.Similarity("madeline", "michaela", 0.8);
        }

        Console.WriteLine($"jw: {w2.Elapsed.TotalMilliseconds * 1000 / 200_000:F3} µs");
    }
}

/// <summary>
/// Bounded scale run: generate N UK-shaped records (fixed seed), link them, and report wall time per step, CPU time,
/// comparisons per CPU-second (comparisons/s/core) and peak memory. One size per process gives honest peak memory.
/// </summary>
static class Scale
{
    public static void Run(int size)
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var generated = FrontDoor.Linkage.Synthetic.UkPopulation.Generate(size);
        var records = generated.Select(g => g.Record).ToList();
        var truth = generated.Select(g => g.PersonId).ToList();
        generated = null;
        GC.Collect();
        var steps = new List<string>();
        var cpuBefore = process.TotalProcessorTime;
        var lastCpu = cpuBefore;
        var scoringCpu = TimeSpan.Zero;
        var scoringWall = TimeSpan.Zero;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Linker.Link(records, new LinkageOptions
        {
            Progress = (step, took) =>
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                steps.Add($"{step} {took.TotalSeconds:F1} s (cpu {(cpu - lastCpu).TotalSeconds:F1} s)");
                if (step == "score candidate pairs")
                {
                    scoringCpu = cpu - lastCpu;
                    scoringWall = took;
                }

                lastCpu = cpu;
            },
        });
        var wall = watch.Elapsed;
        process.Refresh();
        var cpuTotal = process.TotalProcessorTime - cpuBefore;
        var accuracy = PairwiseAccuracy.Measure(result.PersonOf, truth);
        Console.WriteLine($"records {records.Count:N0} | wall {wall.TotalSeconds:F1} s | cpu {cpuTotal.TotalSeconds:F1} s | candidate pairs {result.CandidatePairs:N0} | " +
            $"scoring {scoringWall.TotalSeconds:F1} s wall, {result.CandidatePairs / scoringCpu.TotalSeconds:N0} comparisons per cpu-second, {result.CandidatePairs / scoringWall.TotalSeconds:N0} per wall-second on {Environment.ProcessorCount} cores | " +
            $"peak working set {process.PeakWorkingSet64 / 1024 / 1024:N0} MB | people {result.PersonOf.Max() + 1:N0} | review {result.ReviewPairs.Count:N0} | {accuracy}");
        Console.WriteLine("  " + string.Join("; ", steps));
        Console.WriteLine($"  load average: {File.ReadAllText("/proc/loadavg").Trim()}");
    }
}
