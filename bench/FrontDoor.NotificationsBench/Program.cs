// Notifications benchmark, bounded: dispatch throughput to a real SMTP server on loopback (tests/tools/smtp-sink) on
// SQLite and PostgreSQL, and the latency of one outbox claim on PostgreSQL with a large queue.
// Usage: dotnet run -c Release --project bench/FrontDoor.NotificationsBench -- [postgres-admin-connection-string]
using System.Diagnostics;
using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

const int Messages = 2000;
const int QueueForClaims = 100_000;
const int Claims = 200;
var postgresAdmin = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("FRONTDOOR_TEST_POSTGRES");
var sinkFolder = Directory.CreateTempSubdirectory("frontdoor-bench-smtp-").FullName;
var port = FreePort();
using var sink = StartSink(port, sinkFolder);

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}");
await Throughput("Sqlite", $"Data Source={Path.Combine(sinkFolder, "bench.db")}");
if (postgresAdmin is not null)
{
    var (connection, drop) = await NewPostgresDatabase(postgresAdmin);
    await Throughput("Postgres", connection);
    await ClaimLatency(connection);
    await drop();
}

sink.StandardInput.Close();
sink.WaitForExit();
Directory.Delete(sinkFolder, true);
return;

async Task Throughput(string provider, string connection)
{
    await using var services = Services(provider, connection, port);
    await Migrate(services);
    await Queue(services, Messages, DateTime.UtcNow);
    var dispatcher = services.GetRequiredService<OutboxDispatcher>();
    var watch = Stopwatch.StartNew();
    var report = await dispatcher.DispatchDueAsync();
    watch.Stop();
    var received = Directory.GetFiles(sinkFolder, "*.json").Length;
    Console.WriteLine($"{provider}: dispatched {report.Sent} of {Messages} to SMTP in {watch.Elapsed.TotalSeconds:0.0} s = {report.Sent / watch.Elapsed.TotalSeconds:0} messages/s (server holds {received})");
    foreach (var file in Directory.GetFiles(sinkFolder, "*.json"))
    {
        File.Delete(file);
    }
}

async Task ClaimLatency(string connection)
{
    await using var services = Services("Postgres", connection, port);
    await Queue(services, QueueForClaims, DateTime.UtcNow.AddMinutes(-1));
    var timings = new List<double>();
    for (var i = 0; i < Claims; i++)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        await db.Database.OpenConnectionAsync();
        var watch = Stopwatch.StartNew();
        var ids = await OutboxClaims.Claim(db, $"bench/{i}", DateTime.UtcNow, TimeSpan.FromMinutes(10), 50, CancellationToken.None);
        timings.Add(watch.Elapsed.TotalMilliseconds);
        if (ids.Count != 50)
        {
            throw new InvalidOperationException($"claimed {ids.Count}");
        }
    }

    timings.Sort();
    Console.WriteLine($"Postgres: claim of 50 from a queue of {QueueForClaims:N0}: median {timings[Claims / 2]:0.00} ms, p95 {timings[(int)(Claims * 0.95)]:0.00} ms, max {timings[^1]:0.00} ms over {Claims} claims");
}

static ServiceProvider Services(string provider, string connection, int smtpPort)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = provider,
        ["Database:ConnectionString"] = connection,
        ["Email:Provider"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtpPort.ToString(),
        ["Email:Smtp:TlsMode"] = "None",
        ["Notifications:Dispatcher:BatchSize"] = "100",
        ["Notifications:Dispatcher:Parallelism"] = "4",
    }).Build();
    var services = new ServiceCollection();
    services.AddSingleton<IConfiguration>(configuration);
    services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    services.AddSingleton(TimeProvider.System);
    services.AddFrontDoorDatabase(configuration);
    services.AddNotifications(configuration);
    return services.BuildServiceProvider();
}

static async Task Migrate(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<FrontDoorDb>().Database.MigrateAsync();
}

static async Task Queue(IServiceProvider services, int count, DateTime now)
{
    await Migrate(services);
    var council = Guid.CreateVersion7();
    for (var start = 0; start < count; start += 5000)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(Enumerable.Range(start, Math.Min(5000, count - start)).Select(i => new OutboxMessage
        {
            CouncilId = council, Event = NotificationEvent.RequestUpdate, Channel = MessageChannel.Email, Language = "en",
            Recipient = $"resident{i}@example.com", Subject = $"News about your request {i}",
            Body = "Dear resident,\n\nThere is news about your request.\n\nYour reference: K7M-4QP-X9Y\n",
            IdempotencyKey = $"bench:{Guid.NewGuid():N}", CreatedUtc = now, NextAttemptUtc = now,
        }));
        await db.SaveChangesAsync();
    }
}

static async Task<(string Connection, Func<Task> Drop)> NewPostgresDatabase(string admin)
{
    var name = $"frontdoor_bench_{Guid.NewGuid():N}";
    await using (var c = new NpgsqlConnection(admin))
    {
        await c.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c).ExecuteNonQueryAsync();
    }

    return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), async () =>
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(admin);
        await c.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", c).ExecuteNonQueryAsync();
    });
}

static Process StartSink(int port, string folder)
{
    var tool = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../tests/tools/smtp-sink"));
    var process = Process.Start(new ProcessStartInfo("node", ["smtp-sink.js", port.ToString(), folder])
    {
        WorkingDirectory = tool, RedirectStandardInput = true, RedirectStandardOutput = true,
    })!;
    process.StandardOutput.ReadLine();
    return process;
}

static int FreePort()
{
    var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

static string Cpu() => File.Exists("/proc/cpuinfo")
    ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown"
    : "unknown";
