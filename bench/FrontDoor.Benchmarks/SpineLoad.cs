using System.Diagnostics;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Demo;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Benchmarks;

/// <summary>
/// Measured loops for the spine on a real database, bounded in count:
/// <c>requests --provider Sqlite|Postgres [--connection CS] [--count 3000] [--workers 2]</c> creates requests through
/// the SubmitRequest handler (the same code every channel uses);
/// <c>history --provider ... [--count 6000]</c> generates and loads demo history.
/// </summary>
public static class SpineLoad
{
    public static async Task<int> Requests(string[] args)
    {
        var options = Options(args);
        await using var services = await Start(options);
        var count = int.Parse(options.GetValueOrDefault("count", "3000"));
        var workers = int.Parse(options.GetValueOrDefault("workers", "2"));
        var latencies = new double[count];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await using var scope = services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<SubmitRequest.Handler>().Handle(Command(i));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(result.Error!.Message);
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        watch.Stop();
        Array.Sort(latencies);
        Console.WriteLine($"{options["provider"]}: {count} requests with {workers} workers in {watch.Elapsed.TotalSeconds:N2} s = " +
            $"{count / watch.Elapsed.TotalSeconds:N0} requests/s; latency p50 {latencies[count / 2]:N2} ms, " +
            $"p95 {latencies[(int)(count * 0.95)]:N2} ms, p99 {latencies[(int)(count * 0.99)]:N2} ms");
        return 0;
    }

    public static async Task<int> History(string[] args)
    {
        var options = Options(args);
        await using var services = await Start(options);
        var count = int.Parse(options.GetValueOrDefault("count", "6000"));
        await using var scope = services.CreateAsyncScope();
        var seed = scope.ServiceProvider.GetRequiredService<SeedDemoCouncil.Handler>();
        var council = (await seed.Seed(historyRequests: 0)).Council;
        var watch = Stopwatch.StartNew();
        var added = await seed.Generate(council, count);
        watch.Stop();
        var rows = await scope.ServiceProvider.GetRequiredService<FrontDoorDb>().Set<RequestHistoryEntry>().CountAsync();
        Console.WriteLine($"{options["provider"]}: generated and loaded {added:N0} requests ({rows:N0} history rows) in " +
            $"{watch.Elapsed.TotalSeconds:N1} s = {added / watch.Elapsed.TotalSeconds:N0} requests/s");
        return 0;
    }

    private static SubmitRequest.Command Command(int i) => new()
    {
        CouncilCode = "thameside",
        ServiceCode = "street-light",
        Channel = i % 3 == 0 ? Channel.Phone : Channel.Web,
        Description = $"Street light {i} is out",
        Address = $"{i % 200} River Road",
        Answers = new Dictionary<string, string?[]> { ["fault"] = ["out"], ["column-number"] = [$"TH{i % 900:000}"] },
        Actor = Actor.Resident(null),
    };

    private static async Task<ServiceProvider> Start(Dictionary<string, string> options)
    {
        var provider = options.GetValueOrDefault("provider", "Sqlite");
        options["provider"] = provider;
        var connection = options.GetValueOrDefault("connection")
            ?? (provider == "Sqlite" ? $"Data Source={Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.db")}" : throw new ArgumentException("Give --connection for Postgres"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connection,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddFrontDoorDatabase(configuration)
            .AddCalendar()
            .AddCatalogue()
            .AddRequests()
            .AddDemo()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FrontDoorDb>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<SeedDemoCouncil.Handler>().Seed(historyRequests: 0);
        return services;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
