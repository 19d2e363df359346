using System.Text;

namespace FrontDoor.Linkage.Sources;

/// <summary>One row of a CSV file and the line it starts on (1 is the header), for reporting problems.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads RFC 4180 CSV: fields separated by commas, optionally in double quotes (a quote inside is doubled, a quoted
/// field may hold commas and line breaks), rows ending in CRLF or LF, the last row with or without a line break.
/// Every field is trimmed, since legacy exports pad them (FEBRL puts a space after every comma).
/// </summary>
public static class CsvRows
{
    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        var sawAnything = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            sawAnything = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0:
                    field.Clear();
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return new CsvRow(rowStart, fields);
                    }

                    fields = [];
                    line++;
                    rowStart = line;
                    sawAnything = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (sawAnything)
        {
            fields.Add(field.ToString().Trim());
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                yield return new CsvRow(rowStart, fields);
            }
        }
    }
}
