using System.Globalization;
using System.Text.Json;

namespace FrontDoor.Domain.Calendar;

/// <summary>
/// The bank holidays known for each nation, and the years each nation's list covers.
/// A year is "known" for a nation when the source listed at least one holiday in it (every UK nation has several a year).
/// </summary>
public sealed class BankHolidaySet
{
    private readonly Dictionary<string, IReadOnlyList<BankHoliday>> divisions;

    public BankHolidaySet(IReadOnlyDictionary<string, IReadOnlyList<BankHoliday>> divisions)
    {
        this.divisions = divisions.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<BankHoliday>)pair.Value.DistinctBy(h => h.Date).OrderBy(h => h.Date).ToList());
    }

    public IReadOnlyList<BankHoliday> For(Nation nation) =>
        divisions.TryGetValue(nation.Code, out var holidays) ? holidays : [];

    /// <summary>The years this set covers for a nation, ascending.</summary>
    public IReadOnlyList<int> YearsFor(Nation nation) => For(nation).Select(h => h.Date.Year).Distinct().Order().ToList();

    /// <summary>
    /// Takes in a newer file without losing history: for each nation, the years the newer file covers are taken
    /// from it (so a holiday added or moved by proclamation is picked up); every other year is kept as it was.
    /// </summary>
    public BankHolidaySet MergedWith(BankHolidaySet newer)
    {
        var merged = new Dictionary<string, IReadOnlyList<BankHoliday>>();
        foreach (var nation in Nation.All)
        {
            var incoming = newer.For(nation);
            var incomingYears = incoming.Select(h => h.Date.Year).ToHashSet();
            var kept = For(nation).Where(h => !incomingYears.Contains(h.Date.Year));
            var all = kept.Concat(incoming).ToList();
            if (all.Count > 0)
            {
                merged[nation.Code] = all;
            }
        }

        return new BankHolidaySet(merged);
    }

    /// <summary>Writes the set back in GOV.UK's shape, so it can be stored and read again with <see cref="BankHolidayFile.Parse"/>.</summary>
    public string ToJson()
    {
        var document = divisions.ToDictionary(
            pair => pair.Key,
            pair => new
            {
                division = pair.Key,
                events = pair.Value.Select(h => new { title = h.Title, date = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), notes = h.Notes, bunting = true }),
            });
        return JsonSerializer.Serialize(document);
    }
}
