using System.Text.Json;

namespace FrontDoor.Linkage.Sources;

/// <summary>
/// How one legacy extract's columns map onto the standard layout, kept as data (a JSON file), not code:
/// <code>
/// {
///   "source": "council-tax",                      // optional: the source's name (else the file name without .csv)
///   "sources": { "dataset4a": "febrl-a" },        // optional: a name per file, by file name without .csv
///   "columns": {                                   // standard field: source column, or several joined with spaces
///     "source_id": "rec_id",
///     "address_line_1": ["street_number", "address_1"]
///   },
///   "date_of_birth_format": "YYYYMMDD",           // optional: default YYYY-MM-DD (also DD/MM/YYYY ...)
///   "ni_number_format": "any"                     // optional: "uk" (default) checks HMRC's format; "any" takes any identifier
/// }
/// </code>
/// A standard field not named in "columns" is read from a column of its own name, if the file has one.
/// </summary>
public sealed record SourceMapping
{
    public static readonly string[] StandardFields =
    [
        "source_id", "first_name", "middle_name", "last_name", "date_of_birth", "address_line_1", "address_line_2", "town",
        "postcode", "uprn", "email", "phone", "ni_number",
    ];

    public string? Source { get; init; }

    public IReadOnlyDictionary<string, string> SourcesByFile { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Columns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public string DateOfBirthFormat { get; init; } = "YYYY-MM-DD";

    public bool AnyIdentifierAsNiNumber { get; init; }

    /// <summary>The standard layout: every column named as the field it holds.</summary>
    public static SourceMapping Standard { get; } = new();

    /// <summary>The source name for a file: the mapping's name for it, else its name without .csv.</summary>
    public string SourceNameFor(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        return SourcesByFile.TryGetValue(stem, out var named) ? named : Source ?? stem;
    }

    /// <summary>The source columns that make up a standard field (its own name when the mapping does not say).</summary>
    public IReadOnlyList<string> ColumnsFor(string field) => Columns.TryGetValue(field, out var columns) ? columns : [field];

    /// <summary>Reads a mapping file's JSON; a mistake in it is described in plain words, naming the key.</summary>
    public static MappingParse Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException problem)
        {
            return new MappingParse(null, $"The mapping is not valid JSON (line {problem.LineNumber + 1}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new MappingParse(null, "The mapping must be a JSON object with a \"columns\" object.");
            }

            var columns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            var sources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? source = null, dateFormat = null;
            var anyIdentifier = false;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "source" when property.Value.ValueKind == JsonValueKind.String:
                        source = property.Value.GetString();
                        break;
                    case "sources" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var file in property.Value.EnumerateObject())
                        {
                            if (file.Value.ValueKind != JsonValueKind.String)
                            {
                                return new MappingParse(null, $"\"sources\": the name for \"{file.Name}\" must be text.");
                            }

                            sources[file.Name] = file.Value.GetString()!;
                        }

                        break;
                    case "columns" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var column in property.Value.EnumerateObject())
                        {
                            if (!StandardFields.Contains(column.Name))
                            {
                                return new MappingParse(null, $"\"columns\": \"{column.Name}\" is not a field of the standard layout ({string.Join(", ", StandardFields)}).");
                            }

                            IReadOnlyList<string>? names = column.Value.ValueKind switch
                            {
                                JsonValueKind.String => [column.Value.GetString()!],
                                JsonValueKind.Array when column.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                                    [.. column.Value.EnumerateArray().Select(e => e.GetString()!)],
                                _ => null,
                            };
                            if (names is null || names.Count == 0)
                            {
                                return new MappingParse(null, $"\"columns\": \"{column.Name}\" must name a column, or a list of columns to join.");
                            }

                            columns[column.Name] = names;
                        }

                        break;
                    case "date_of_birth_format" when property.Value.ValueKind == JsonValueKind.String:
                        dateFormat = property.Value.GetString()!.ToUpperInvariant();
                        if (!dateFormat.Contains("YYYY", StringComparison.Ordinal) || !dateFormat.Contains("MM", StringComparison.Ordinal) || !dateFormat.Contains("DD", StringComparison.Ordinal))
                        {
                            return new MappingParse(null, "\"date_of_birth_format\" must contain YYYY, MM and DD, for example \"YYYY-MM-DD\" or \"DD/MM/YYYY\".");
                        }

                        break;
                    case "ni_number_format" when property.Value.GetString() is "uk" or "any":
                        anyIdentifier = property.Value.GetString() == "any";
                        break;
                    default:
                        return new MappingParse(null, $"The mapping has \"{property.Name}\", which is not one of source, sources, columns, date_of_birth_format or ni_number_format (\"uk\" or \"any\"), or its value is the wrong kind.");
                }
            }

            return new MappingParse(
                new SourceMapping
                {
                    Source = source,
                    SourcesByFile = sources,
                    Columns = columns,
                    DateOfBirthFormat = dateFormat ?? "YYYY-MM-DD",
                    AnyIdentifierAsNiNumber = anyIdentifier,
                },
                null);
        }
    }
}

/// <summary>A parsed mapping, or why it could not be read.</summary>
public sealed record MappingParse(SourceMapping? Mapping, string? Problem);
