using FrontDoor.Linkage.Records;
using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Sources;

/// <summary>A row that was left out, or a field that was left out or kept with a caveat, by line. Never holds a value.</summary>
public sealed record RowProblem(string Source, int Line, string Problem, bool RowLeftOut);

/// <summary>What reading one extract gave: its records, the problems by line, or why the whole file could not be read.</summary>
public sealed record SourceRead(string Source, IReadOnlyList<PersonRecord> Records, IReadOnlyList<RowProblem> Problems, string? FileProblem);

/// <summary>
/// Reads one legacy extract through its mapping into standard-layout records. A bad row is reported with its line
/// and the reason, and the rest are still read; only a file whose header does not fit the mapping is refused whole.
/// Problems never quote the value, so the report can be shared without sharing personal data.
/// </summary>
public static class SourceReader
{
    public static SourceRead Read(TextReader reader, string source, SourceMapping mapping)
    {
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            return new SourceRead(source, [], [], "The file is empty: it needs a header row naming its columns.");
        }

        var header = rows.Current.Fields;
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            positions.TryAdd(header[i], i);
        }

        var fieldColumns = new Dictionary<string, int[]>();
        foreach (var field in SourceMapping.StandardFields)
        {
            var named = mapping.ColumnsFor(field);
            var explicitlyMapped = mapping.Columns.ContainsKey(field);
            var missing = named.Where(column => !positions.ContainsKey(column)).ToList();
            if (missing.Count > 0 && (explicitlyMapped || field == "source_id"))
            {
                return new SourceRead(source, [], [], field == "source_id" && !explicitlyMapped
                    ? "The header has no source_id column. Name the column that identifies each record in the mapping's \"columns\", for example \"source_id\": \"reference\"."
                    : $"The mapping reads {field} from {string.Join(", ", missing.Select(m => $"\"{m}\""))}, which the header does not have.");
            }

            if (missing.Count == 0)
            {
                fieldColumns[field] = [.. named.Select(column => positions[column])];
            }
        }

        var records = new List<PersonRecord>();
        var problems = new List<RowProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Fields.Count != header.Count)
            {
                problems.Add(new RowProblem(source, row.Line, $"has {row.Fields.Count} fields but the header has {header.Count}; row left out", true));
                continue;
            }

            string? Value(string field) =>
                fieldColumns.TryGetValue(field, out var columns)
                    ? Nullable(string.Join(' ', columns.Select(c => row.Fields[c]).Where(v => v.Length > 0)))
                    : null;

            var id = Value("source_id");
            if (id is null)
            {
                problems.Add(new RowProblem(source, row.Line, "has no source_id; row left out", true));
                continue;
            }

            if (seen.TryGetValue(id, out var firstLine))
            {
                problems.Add(new RowProblem(source, row.Line, $"repeats the source_id of line {firstLine}; row left out", true));
                continue;
            }

            seen[id] = row.Line;
            void Warn(string problem) => problems.Add(new RowProblem(source, row.Line, problem, false));
            records.Add(new PersonRecord(source, id)
            {
                FirstName = Value("first_name"),
                MiddleName = Value("middle_name"),
                LastName = Value("last_name"),
                DateOfBirth = ReadDate(Value("date_of_birth"), mapping.DateOfBirthFormat, Warn),
                AddressLine1 = Value("address_line_1"),
                AddressLine2 = Value("address_line_2"),
                Town = Value("town"),
                Postcode = Value("postcode"),
                Uprn = Check(Value("uprn"), v => Normalise.Uprn(v) is not null, "UPRN is not a whole number of up to 12 digits; left out", Warn),
                Email = Check(Value("email"), v => Normalise.Email(v) is not null, "email address has no single @ with text either side; left out", Warn),
                Phone = Check(Value("phone"), v => Normalise.Phone(v) is not null, "phone number has too few digits; left out", Warn),
                NiNumber = mapping.AnyIdentifierAsNiNumber
                    ? Value("ni_number")
                    : Check(Value("ni_number"), v => Normalise.IsNiNumber(Normalise.Identifier(v) ?? string.Empty), "NI number is not in HMRC's format (two letters, six digits, a letter A to D); left out", Warn),
            });
        }

        return new SourceRead(source, records, problems, null);
    }

    private static BirthDate? ReadDate(string? text, string format, Action<string> warn)
    {
        if (text is null)
        {
            return null;
        }

        if (!BirthDate.TryParse(text, format, out var date))
        {
            warn($"date of birth is not in the form {format}; left out");
            return null;
        }

        if (!date.IsRealDate)
        {
            warn("date of birth is not a real date; kept and compared part by part");
        }

        return date;
    }

    private static string? Check(string? value, Func<string, bool> valid, string problem, Action<string> warn)
    {
        if (value is null || valid(value))
        {
            return value;
        }

        warn(problem);
        return null;
    }

    private static string? Nullable(string value) => value.Length == 0 ? null : value;
}
