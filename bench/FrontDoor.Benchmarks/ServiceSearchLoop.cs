using System.Diagnostics;
using FrontDoor.Web.Features.Catalogue.Search;
using FrontDoor.Web.Features.Catalogue.Seed;

namespace FrontDoor.Benchmarks;

/// <summary>
/// Service search latency as residents would see it (index already cached): p50/p95/p99 over many searches of the
/// phrases residents type, on the demo catalogue and on a generated catalogue of 1,000 services.
/// Run: dotnet run -c Release --project bench/FrontDoor.Benchmarks -- search-p95
/// </summary>
public static class ServiceSearchLoop
{
    public static readonly string[] Queries =
    [
        "my bin wasn't collected", "bin wasnt colected", "hole in the road", "pot hole", "noisy neighbours", "niosy nieghbours",
        "council tax bill", "rats in the garden", "black mould in bathroom", "parking ticket", "fly tipping", "street light out",
        "register a birth", "zzqqxx",
    ];

    public static void Run(TextWriter output)
    {
        var demo = ImportCatalogue.DemoCouncil();
        Measure(output, "demo catalogue (51 services)", demo);
        Measure(output, "generated catalogue (1,000 services)", Generated(demo, 1000));
    }

    /// <summary>The demo's services repeated with new codes, area names and extra keywords, so the vocabulary grows too.</summary>
    public static CatalogueDocument Generated(CatalogueDocument demo, int count)
    {
        var random = new Random(42);
        var words = demo.Services.SelectMany(s => s.Keywords ?? []).SelectMany(k => k.Split(' ')).Distinct().ToArray();
        var services = Enumerable.Range(0, count).Select(i =>
        {
            var template = demo.Services[i % demo.Services.Count];
            var extra = Enumerable.Range(0, 6).Select(_ => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}{random.Next(100)}");
            return template with
            {
                Code = $"{template.Code}-{i}",
                Name = $"{template.Name} in area {i / demo.Services.Count}",
                Keywords = [.. template.Keywords ?? [], .. extra],
            };
        }).ToList();
        return demo with { Services = services };
    }

    private static void Measure(TextWriter output, string label, CatalogueDocument document)
    {
        var build = Stopwatch.StartNew();
        var index = CatalogueIndexFromDocument.Build(document);
        build.Stop();
        for (var i = 0; i < 200; i++)
        {
            index.Search(Queries[i % Queries.Length]);
        }

        var samples = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            var watch = Stopwatch.StartNew();
            index.Search(Queries[i % Queries.Length]);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        double At(double p) => samples[(int)Math.Ceiling(p * samples.Count) - 1];
        output.WriteLine($"{label}: index built in {build.Elapsed.TotalMilliseconds:N1} ms; search p50 {At(0.50):N3} ms, p95 {At(0.95):N3} ms, p99 {At(0.99):N3} ms, max {samples[^1]:N3} ms over {samples.Count} searches");
    }
}
