namespace FrontDoor.Web.Infrastructure.Commands;

/// <summary>Reads <c>--name value</c> pairs; a flag without a value is refused in plain words.</summary>
public static class CommandLine
{
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var item = items.Current;
            if (!item.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var equals = item.IndexOf('=');
            if (equals > 0)
            {
                options[item[2..equals]] = item[(equals + 1)..];
                continue;
            }

            if (!items.MoveNext())
            {
                throw new CommandLineException($"{item} needs a value after it.");
            }

            options[item[2..]] = items.Current;
        }

        return options;
    }
}

public sealed class CommandLineException(string message) : Exception(message);
