using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Infrastructure.Commands;

/// <summary><c>holidays load FILE</c>: merges a newer GOV.UK bank-holidays.json into the calendar, keeping earlier years.</summary>
public static class HolidaysCommand
{
    public static async Task<int> Run(IServiceProvider provider, string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["load", var file])
        {
            await error.WriteLineAsync("Use: holidays load FILE (a file in the shape of https://www.gov.uk/bank-holidays.json)");
            return 2;
        }

        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"There is no file at {file}.");
            return 2;
        }

        var db = provider.GetRequiredService<FrontDoorDb>();
        await DatabaseMigrations.MigrateAsync(db);
        var loaded = await provider.GetRequiredService<LoadBankHolidays.Handler>()
            .Handle(new LoadBankHolidays.Command(await File.ReadAllTextAsync(file), "command line"));
        if (!loaded.Succeeded)
        {
            await error.WriteLineAsync(loaded.Error!.Message);
            return 1;
        }

        foreach (var (nation, (first, last)) in loaded.Value.Years)
        {
            await output.WriteLineAsync($"{nation}: {first} to {last}");
        }

        return 0;
    }
}
