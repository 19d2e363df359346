using System.Reflection;
using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Names;

/// <summary>
/// Groups of names that are one person's name written another way: diminutives (Robert, Bob) and transliterations
/// (Mohammed, Muhammad, Mohamed; Begum, Bagum). Not transitive on purpose: Bert is in Albert's and Robert's groups,
/// and Albert is not Robert. The shipped table is <c>name-equivalents.txt</c>; a council can add its own lines.
/// </summary>
public sealed class NameEquivalents
{
    private readonly Dictionary<string, List<int>> groups = new(StringComparer.Ordinal);

    public int GroupCount { get; private set; }

    public static NameEquivalents Default()
    {
        var table = new NameEquivalents();
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FrontDoor.Linkage.name-equivalents.txt")
            ?? throw new InvalidOperationException("The name equivalence table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        table.AddLines(reader.ReadToEnd());
        return table;
    }

    /// <summary>Adds groups written one per line, names separated by spaces; lines starting with # are comments.</summary>
    public void AddLines(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var group = ++GroupCount;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Normalise.Name(word)?.Replace(" ", string.Empty, StringComparison.Ordinal) is not { } name)
                {
                    continue;
                }

                if (!groups.TryGetValue(name, out var list))
                {
                    groups[name] = list = [];
                }

                if (!list.Contains(group))
                {
                    list.Add(group);
                }
            }
        }
    }

    /// <summary>The groups a normalised name belongs to; empty when it is in none.</summary>
    public int[] GroupsOf(string name) => groups.TryGetValue(name.Replace(" ", string.Empty, StringComparison.Ordinal), out var list) ? [.. list] : [];

    /// <summary>Other names that share a group with <paramref name="name"/> (for generating test data).</summary>
    public IReadOnlyList<string> Variants(string name)
    {
        var own = GroupsOf(name);
        if (own.Length == 0)
        {
            return [];
        }

        return [.. groups.Where(g => g.Key != name && g.Value.Any(own.Contains)).Select(g => g.Key).OrderBy(n => n, StringComparer.Ordinal)];
    }

    public bool AreEquivalent(string a, string b)
    {
        var left = GroupsOf(a);
        var right = GroupsOf(b);
        return left.Any(right.Contains);
    }
}
