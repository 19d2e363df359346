using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Demo;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Infrastructure.Commands;

/// <summary>
/// Admin commands taken by the web app's own executable, which run and exit without starting the server:
/// <c>migrate</c>, <c>seed</c>, <c>generate --requests N</c>, <c>due --from ... --working-days N</c>, <c>holidays load FILE</c>,
/// <c>link --input ... --out ...</c>.
/// </summary>
public static class AdminCommands
{
    public static readonly string[] Names = ["migrate", "seed", "generate", "due", "holidays", "link", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args[0] == "link")
        {
            // Needs no database: reads files, writes files.
            return await LinkCommand.Run(args[1..], output, error);
        }

        var options = CommandLine.Parse(args.Skip(1));
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            return args[0] switch
            {
                "migrate" => await Migrate(provider, output),
                "seed" => await Seed(provider, output),
                "generate" => await Generate(provider, options, output, error),
                "due" => await DueCommand.Run(provider, options, output, error),
                "holidays" => await HolidaysCommand.Run(provider, args.Skip(1).ToArray(), output, error),
                _ => Help(output),
            };
        }
        catch (CommandLineException problem)
        {
            await error.WriteLineAsync(problem.Message);
            return 2;
        }
        catch (UnrecognisedDatabaseException problem)
        {
            await error.WriteLineAsync(problem.Message);
            return 1;
        }
    }

    public static int Help(TextWriter output)
    {
        output.WriteLine("""
            FrontDoor.Web <command>
              migrate                                  apply database migrations, then exit
              seed                                     migrate, then load the demo council and a year of history
              generate --requests N [--council CODE]   add N generated requests over the past year (for benchmarks)
              due --from INSTANT --working-days N [--nation england-and-wales|scotland|northern-ireland]
                                                       print the due date (YYYY-MM-DD) on the first line
              holidays load FILE                       merge a GOV.UK bank-holidays.json file into the calendar
              link --input FILE.csv [--input FILE.csv ...] --out CLUSTERS.csv [--review-out PAIRS.csv] [--mapping MAPPING.json]
                                                       link people across legacy extracts (docs/single-customer-view.md)
            With no command, FrontDoor starts the web server.
            """);
        return 0;
    }

    private static async Task<int> Migrate(IServiceProvider provider, TextWriter output)
    {
        var db = provider.GetRequiredService<FrontDoorDb>();
        var pending = await DatabaseMigrations.MigrateAsync(db);
        await output.WriteLineAsync(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }

    private static async Task<int> Seed(IServiceProvider provider, TextWriter output)
    {
        await Migrate(provider, output);
        await provider.GetRequiredService<CouncilCalendar>().RefreshAsync(provider.GetRequiredService<FrontDoorDb>());
        var seeded = await provider.GetRequiredService<SeedDemoCouncil.Handler>().Seed();
        await output.WriteLineAsync($"Seeded {seeded.Council.Name}: {seeded.RequestsAdded} requests of history added in {seeded.Took.TotalSeconds:N1} s.");
        return 0;
    }

    private static async Task<int> Generate(IServiceProvider provider, IReadOnlyDictionary<string, string> options, TextWriter output, TextWriter error)
    {
        if (!options.TryGetValue("requests", out var text) || !int.TryParse(text, out var count) || count < 1)
        {
            await error.WriteLineAsync("Give the number of requests to generate, for example: generate --requests 100000");
            return 2;
        }

        var db = provider.GetRequiredService<FrontDoorDb>();
        await DatabaseMigrations.MigrateAsync(db);
        var calendar = provider.GetRequiredService<CouncilCalendar>();
        await calendar.RefreshAsync(db);
        var seed = provider.GetRequiredService<SeedDemoCouncil.Handler>();
        var code = options.GetValueOrDefault("council");
        var council = code is null
            ? (await seed.Seed(historyRequests: 0)).Council
            : await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code);
        if (council is null)
        {
            await error.WriteLineAsync($"There is no council with the code '{code}'.");
            return 2;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var added = await seed.Generate(council, count);
        await output.WriteLineAsync($"Generated {added:N0} requests for {council.Name} in {watch.Elapsed.TotalSeconds:N1} s ({added / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} a second).");
        return 0;
    }
}
