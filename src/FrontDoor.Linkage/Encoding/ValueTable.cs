namespace FrontDoor.Linkage.Encoding;

/// <summary>
/// Interns normalised values: each distinct value gets a small whole number (1, 2, ...; 0 means missing), so the
/// comparison loop compares numbers and reaches the text only when it needs a similarity score. It also counts how
/// often each value occurs, for the term-frequency adjustment.
/// </summary>
public sealed class ValueTable
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> values = [string.Empty];
    private string[]? frozen;

    public int Count => values.Count;

    /// <summary>The id of <paramref name="value"/>, adding it if new; 0 for null.</summary>
    public int Intern(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (ids.TryGetValue(value, out var id))
        {
            return id;
        }

        id = values.Count;
        ids.Add(value, id);
        values.Add(value);
        frozen = null;
        return id;
    }

    /// <summary>The id of <paramref name="value"/> when it is already known; 0 otherwise.</summary>
    public int Find(string? value) => value is not null && ids.TryGetValue(value, out var id) ? id : 0;

    public string this[int id] => Values[id];

    /// <summary>All values by id (index 0 is the empty string for "missing"); cached as an array for the hot loop.</summary>
    public string[] Values => frozen ??= [.. values];
}
