using System.Globalization;
using System.Text.Json;
using FrontDoor.Domain.Results;

namespace FrontDoor.Domain.Calendar;

/// <summary>
/// Reads and merges files in the shape of GOV.UK's <c>https://www.gov.uk/bank-holidays.json</c>:
/// <c>{ "england-and-wales": { "division": "...", "events": [ { "title", "date", "notes", "bunting" } ] }, ... }</c>.
/// </summary>
public static class BankHolidayFile
{
    /// <summary>The copy shipped with FrontDoor (see Calendar/README.md for its provenance).</summary>
    public static BankHolidaySet Baseline { get; } = LoadBaseline();

    /// <summary>Parses a file; a malformed one is refused with a message that says what is wrong.</summary>
    public static Result<BankHolidaySet> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return Result<BankHolidaySet>.Failure($"The bank holidays file is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Result<BankHolidaySet>.Failure("The bank holidays file must be a JSON object of divisions, as GOV.UK publishes it.");
            }

            var divisions = new Dictionary<string, IReadOnlyList<BankHoliday>>();
            foreach (var nation in Nation.All)
            {
                if (!document.RootElement.TryGetProperty(nation.Code, out var division))
                {
                    continue;
                }

                var parsed = ParseDivision(nation, division);
                if (!parsed.Succeeded)
                {
                    return Result<BankHolidaySet>.Failure(parsed.Error!);
                }

                divisions[nation.Code] = parsed.Value;
            }

            if (divisions.Count == 0)
            {
                return Result<BankHolidaySet>.Failure(
                    "The bank holidays file has none of the divisions england-and-wales, scotland or northern-ireland.");
            }

            return new BankHolidaySet(divisions);
        }
    }

    private static Result<IReadOnlyList<BankHoliday>> ParseDivision(Nation nation, JsonElement division)
    {
        if (division.ValueKind != JsonValueKind.Object
            || !division.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            return Result<IReadOnlyList<BankHoliday>>.Failure($"The {nation.Code} division has no list of events.");
        }

        var holidays = new List<BankHoliday>();
        foreach (var item in events.EnumerateArray())
        {
            var date = item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
            {
                return Result<IReadOnlyList<BankHoliday>>.Failure(
                    $"An event in {nation.Code} has the date '{date}', which is not a date in the form YYYY-MM-DD.");
            }

            var title = item.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "Bank holiday";
            var notes = item.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            holidays.Add(new BankHoliday(parsedDate, title, notes));
        }

        if (holidays.Count == 0)
        {
            return Result<IReadOnlyList<BankHoliday>>.Failure($"The {nation.Code} division lists no bank holidays.");
        }

        return holidays;
    }

    private static BankHolidaySet LoadBaseline()
    {
        using var stream = typeof(BankHolidayFile).Assembly.GetManifestResourceStream("FrontDoor.Domain.bank-holidays.json")
            ?? throw new InvalidOperationException("The embedded bank-holidays.json is missing from FrontDoor.Domain.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd());
        return result.Succeeded ? result.Value : throw new InvalidOperationException(result.Error!.Message);
    }
}
