using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Demo;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FrontDoor.StaffBench;

/// <summary>
/// Measures the two staff pages that must stay fast at a large council's size: customer search over 100,000 customers
/// and a team queue with 10,000 open requests. Runs FrontDoor in process on a fresh database, fills it through the
/// product's own code, signs in as the demo team leader and times each page request end to end on the server
/// (in-memory transport, so no network time). Usage: dotnet run -c Release -- sqlite|postgres [customers] [open] [samples]
/// </summary>
public static partial class StaffBench
{
    public static async Task<int> Main(string[] args)
    {
        var provider = args.ElementAtOrDefault(0) ?? "sqlite";
        var customers = int.Parse(args.ElementAtOrDefault(1) ?? "100000");
        var open = int.Parse(args.ElementAtOrDefault(2) ?? "10000");
        var samples = int.Parse(args.ElementAtOrDefault(3) ?? "300");
        // A year of history across every team (almost all closed), as a council that has run FrontDoor for a while has.
        var history = int.Parse(args.ElementAtOrDefault(4) ?? "100000");
        var (connection, drop) = await NewDatabase(provider);
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseContentRoot(WebProjectFolder());
                b.UseEnvironment("Testing");
                b.UseSetting("Database:Provider", provider == "postgres" ? "Postgres" : "Sqlite");
                b.UseSetting("Database:ConnectionString", connection);
                b.UseSetting("Demo:Seed", "true");
                b.UseSetting("Demo:HistoryRequests", "0");
                b.UseSetting("Logging:LogLevel:Default", "Warning");
            });
            _ = factory.Server;
            var fill = Stopwatch.StartNew();
            var queries = await FillCustomers(factory.Services, customers);
            await FillOpenRequests(factory.Services, open);
            await FillHistory(factory.Services, history);
            Console.WriteLine($"Filled {customers:N0} customers, {open:N0} open requests and {history:N0} of history on {provider} in {fill.Elapsed.TotalSeconds:N0} s");

            var client = await SignIn(factory);
            var token = WebUtility.HtmlDecode(Token().Match(await (await client.GetAsync("/staff/customers")).Content.ReadAsStringAsync()).Groups[1].Value);
            await Measure(client, "Customer search (name with a typo, phone, postcode)", queries.Count, samples, i => client.PostAsync("/staff/customers",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = queries[i], ["__RequestVerificationToken"] = token })));
            await Measure(client, "Team queue, first page (10,000 open)", ["/staff/queue?team=waste"], samples);
            await Measure(client, "Team queue, breached filter", ["/staff/queue?team=waste&due=breached"], samples);
            await Measure(client, "Team queue, unassigned, page 20", ["/staff/queue?team=waste&view=unassigned&p=20"], samples);

            // The same pages on the same data without the open-queue index, to show what it is worth.
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<FrontDoorDb>().Database.ExecuteSqlRawAsync("""DROP INDEX "IX_Requests_OpenQueue" """);
            }

            Console.WriteLine("Without IX_Requests_OpenQueue:");
            await Measure(client, "Team queue, first page (10,000 open)", ["/staff/queue?team=waste"], samples);
            await Measure(client, "Team queue, breached filter", ["/staff/queue?team=waste&due=breached"], samples);
            await Measure(client, "Team queue, unassigned, page 20", ["/staff/queue?team=waste&view=unassigned&p=20"], samples);
            return 0;
        }
        finally
        {
            await drop();
        }
    }

    /// <summary>src/FrontDoor.Web, found above the bench's build output, so static files and settings load as in the app.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "FrontDoor.Web");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the bench from inside the FrontDoor repository");
    }

    private static Task Measure(HttpClient client, string name, IReadOnlyList<string> urls, int samples) =>
        Measure(client, name, urls.Count, samples, i => client.GetAsync(urls[i]));

    private static async Task Measure(HttpClient client, string name, int variants, int samples, Func<int, Task<HttpResponseMessage>> send)
    {
        for (var i = 0; i < 20; i++)
        {
            await send(i % variants);
        }

        var times = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await send(i % variants);
            await response.Content.ReadAsStringAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{name} gave {(int)response.StatusCode}");
            }
        }

        times.Sort();
        Console.WriteLine($"| {name} | {samples} | {times[samples / 2]:N1} ms | {times[(int)(samples * 0.95)]:N1} ms | {times[^1]:N1} ms |");
    }

    /// <summary>Customers from the demo generator, and search queries made from some of them as an advisor would type them.</summary>
    private static async Task<List<string>> FillCustomers(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var council = await db.Set<Council>().SingleAsync(c => c.Code == "thameside");
        var have = await db.Set<Customer>().CountAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in DemoPeople.Residents(council.Id, count - have, seed: 99, DateTime.UtcNow).Chunk(5000))
        {
            db.AddRange(chunk);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var random = new Random(7);
        var sample = await db.Set<Customer>().AsNoTracking().OrderBy(c => c.Id).Skip(random.Next(count / 2)).Take(300).ToListAsync();
        return sample.Select((c, i) => (i % 3) switch
        {
            0 => $"{c.FirstName} {Typo(c.LastName, random)}",
            1 => c.Phone is { } phone ? $"+44 {phone[1..5]} {phone[5..]}" : c.LastName,
            _ => c.Postcode?.ToLowerInvariant() ?? c.LastName,
        }).ToList();
    }

    private static string Typo(string name, Random random)
    {
        if (name.Length < 4)
        {
            return name;
        }

        var i = random.Next(1, name.Length - 1);
        return string.Concat(name.AsSpan(0, i), name[i + 1].ToString(), name[i].ToString(), name.AsSpan(i + 2));
    }

    /// <summary>Open requests for the waste team, made over the last three weeks so some are breached and some at risk.</summary>
    private static async Task FillOpenRequests(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var calendar = scope.ServiceProvider.GetRequiredService<CouncilCalendar>();
        var council = await db.Set<Council>().AsNoTracking().SingleAsync(c => c.Code == "thameside");
        var team = await db.Set<Team>().AsNoTracking().SingleAsync(t => t.CouncilId == council.Id && t.Code == "waste");
        var wasteServices = await db.Set<Service>().AsNoTracking().Include(s => s.Timescales).Where(s => s.TeamId == team.Id).ToListAsync();
        var officers = await db.Set<StaffMember>().AsNoTracking().Where(s => s.TeamId == team.Id).ToListAsync();
        var random = new Random(11);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var service = wasteServices[random.Next(wasteServices.Count)];
            var channel = random.NextDouble() < 0.6 ? Channel.Web : Channel.Phone;
            var made = DateTime.UtcNow.AddMinutes(-random.Next(0, 21 * 24 * 60));
            var timescale = service.TimescaleFor(channel);
            var opened = ServiceRequest.Open(new NewRequest(council.Id, RequestReference.NewReference().Value, service.Id, team.Id, channel, false,
                timescale.AcknowledgePolicy, timescale.ResolvePolicy, Actor.System), new ClockContext(calendar.Current, council.Nation, made));
            var request = opened.Value;
            if (random.NextDouble() < 0.6)
            {
                var officer = officers[random.Next(officers.Count)];
                request.Assign(officer.Id, officer.DisplayName, team.Id, Actor.System, new ClockContext(calendar.Current, council.Nation, made));
            }

            db.Add(request);
            if (i % 1000 == 999)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }

    private static async Task FillHistory(IServiceProvider services, int count)
    {
        if (count > 0)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            var council = await db.Set<Council>().AsNoTracking().SingleAsync(c => c.Code == "thameside");
            await scope.ServiceProvider.GetRequiredService<SeedDemoCouncil.Handler>().Generate(council, count);
        }
    }

    private static async Task<HttpClient> SignIn(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await (await client.GetAsync("/staff/sign-in")).Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var email = DemoStaffAccounts.All.Single(d => d.Role == StaffRole.TeamLeader).Email;
        var response = await client.PostAsync("/staff/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = DemoStaffAccounts.Password, ["__RequestVerificationToken"] = token,
        }));
        return response.Headers.Location?.OriginalString == "/staff" ? client : throw new InvalidOperationException("Could not sign in as the team leader");
    }

    private static async Task<(string Connection, Func<Task> Drop)> NewDatabase(string provider)
    {
        if (provider != "postgres")
        {
            var file = Path.Combine(Path.GetTempPath(), $"frontdoor-bench-{Guid.NewGuid():N}.db");
            return ($"Data Source={file}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(file);
                return Task.CompletedTask;
            });
        }

        var admin = Environment.GetEnvironmentVariable("FRONTDOOR_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set FRONTDOOR_TEST_POSTGRES to a server where this user may create databases");
        var name = $"frontdoor_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection).ExecuteNonQueryAsync();
        }

        return (new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString(), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection).ExecuteNonQueryAsync();
        });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
