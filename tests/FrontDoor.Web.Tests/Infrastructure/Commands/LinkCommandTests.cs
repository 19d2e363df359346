using System.Diagnostics;
using FrontDoor.Linkage.Evaluation;
using FrontDoor.Web.Infrastructure.Commands;

namespace FrontDoor.Web.Tests.Infrastructure.Commands;

/// <summary>
/// <c>link</c> as a council data officer runs it: standard-layout extracts in, CLUSTERS.csv and PAIRS.csv out, bad rows
/// reported by line without stopping, bad arguments refused with exit code 2. It needs no database, so most cases run
/// the command in-process; one runs the real executable.
/// </summary>
public sealed class LinkCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");
    private readonly string folder = Directory.CreateTempSubdirectory("link-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Output(string name) => Path.Combine(folder, name);

    private static async Task<(int Exit, string Output, string Error)> Link(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await LinkCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private const string Header = "source_id,first_name,middle_name,last_name,date_of_birth,address_line_1,address_line_2,town,postcode,uprn,email,phone,ni_number";

    private const string CouncilTax = """
        CT1,Robert,,Smith,,12 Mile End Road,,London,E1 4NS,6000000001,bob.smith@example.com,07700 900123,
        CT2,Fatima,,Begum,,Flat 2 40 Cable Street,,London,E1 8JG,6000000002,,,
        CT3,,,,,,,,,,,,
        """;

    private const string Housing = """
        H1,Bob,,Smith,1970-03-02,12 Mile End Rd,,London,E14NS,6000000001,bob.smith@example.com,+44 7700 900123,AB123456C
        H2,Fatima,,Bagum,1981-13-01,Flat 2 40 Cable St,,London,E1 8JG,6000000002,,,
        H3,Michael,,Jones,not a date,1 Roman Road,,London,E3 5QJ,,,,
        H3,Repeated,,Row,1980-01-01,,,,,,,,
        """;

    /// <summary>
    /// An extract as a council would send it: a few thousand generated people (so the model has data to learn from)
    /// with the test's own rows first, written in the standard layout.
    /// </summary>
    private string Extract(string source, string rows = "")
    {
        var generated = FrontDoor.Linkage.Synthetic.UkPopulation.Generate(3_000).Where(g => g.Record.Source == source).Select(g => g.Record);
        var lines = new List<string> { Header };
        lines.AddRange(rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        lines.AddRange(generated.Select(r => string.Join(',', new[]
        {
            r.SourceId, r.FirstName, r.MiddleName, r.LastName, r.DateOfBirth?.ToString(), r.AddressLine1?.Replace(",", " ", StringComparison.Ordinal), r.AddressLine2,
            r.Town, r.Postcode, r.Uprn, r.Email, r.Phone, r.NiNumber,
        })));
        return File($"{source}.csv", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public async Task Writes_one_row_per_record_with_a_person_key_and_links_across_sources()
    {
        var (exit, output, error) = await Link("--input", Extract("council-tax", CouncilTax), "--input", Extract("housing", Housing), "--input", Extract("benefits"), "--out", Output("clusters.csv"), "--review-out", Output("pairs.csv"));

        Assert.True(exit == 0, error);
        var rows = System.IO.File.ReadAllLines(Output("clusters.csv"));
        Assert.Equal("source,source_id,person_key", rows[0]);
        var keys = rows.Skip(1).Select(r => r.Split(',')).ToDictionary(r => $"{r[0]}/{r[1]}", r => r[2]);
        Assert.Equal(rows.Length - 1, keys.Count);
        Assert.Subset(keys.Keys.ToHashSet(), new HashSet<string> { "council-tax/CT1", "council-tax/CT2", "council-tax/CT3", "housing/H1", "housing/H2", "housing/H3" });
        Assert.Contains(keys.Keys, k => k.StartsWith("benefits/", StringComparison.Ordinal));
        Assert.Equal(keys["council-tax/CT1"], keys["housing/H1"]);
        Assert.NotEqual(keys["council-tax/CT1"], keys["housing/H3"]);
        Assert.StartsWith("source_a,source_id_a,person_key_a,source_b,source_id_b,person_key_b,match_weight,match_probability,first_name_level,first_name_weight", System.IO.File.ReadAllLines(Output("pairs.csv"))[0]);
        Assert.Contains($"Linked {rows.Length - 1:N0} records", output);
    }

    [Fact]
    public async Task Reports_bad_rows_with_their_line_and_reason_and_carries_on()
    {
        var (exit, _, error) = await Link("--input", File("housing.csv", $"{Header}\n{Housing}"), "--out", Output("clusters.csv"));

        Assert.Equal(0, exit);
        Assert.Contains("housing: line 3: date of birth is not a real date; kept and compared part by part", error);
        Assert.Contains("housing: line 4: date of birth is not in the form YYYY-MM-DD; left out", error);
        Assert.Contains("housing: line 5: repeats the source_id of line 4; row left out", error);
    }

    [Theory]
    [InlineData(new[] { "--out", "x.csv" }, "Give at least one file to link with --input.")]
    [InlineData(new[] { "--input", "a.csv" }, "Give the file to write the clusters to with --out.")]
    [InlineData(new[] { "--input", "a.csv", "--out" }, "--out needs a value after it.")]
    [InlineData(new[] { "--input", "a.csv", "--out", "x.csv", "--threshold", "0.9" }, "--threshold is not an option of link.")]
    [InlineData(new[] { "--input", "/no/such/file.csv", "--out", "x.csv" }, "There is no input file at /no/such/file.csv.")]
    [InlineData(new[] { "--input", "a.csv", "--out", "x.csv", "--mapping", "/no/such/mapping.json" }, "There is no mapping file at /no/such/mapping.json.")]
    public async Task Refuses_bad_arguments_with_exit_code_2(string[] args, string message)
    {
        var (exit, _, error) = await Link(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Refuses_a_header_the_mapping_does_not_fit()
    {
        var mapping = File("mapping.json", """{ "columns": { "source_id": "reference" } }""");

        var (exit, _, error) = await Link("--input", File("housing.csv", $"{Header}\n{Housing}"), "--out", Output("clusters.csv"), "--mapping", mapping);

        Assert.Equal(2, exit);
        Assert.Contains("The mapping reads source_id from \"reference\", which the header does not have.", error);
    }

    [Fact]
    public async Task Links_febrl_4a_to_4b_through_the_shipped_mapping()
    {
        var (exit, _, error) = await Link(
            "--input", Path.Combine(Data, "febrl", "dataset4a.csv"), "--input", Path.Combine(Data, "febrl", "dataset4b.csv"),
            "--mapping", Path.Combine(Data, "febrl.json"), "--out", Output("clusters.csv"));

        Assert.True(exit == 0, error);
        var rows = System.IO.File.ReadAllLines(Output("clusters.csv")).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(10_000, rows.Count);
        var accuracy = PairwiseAccuracy.Measure([.. rows.Select(r => int.Parse(r[2][1..], System.Globalization.CultureInfo.InvariantCulture))], [.. rows.Select(r => r[1].Split('-')[1])]);
        Assert.True(accuracy.F1 >= 0.999 && accuracy.Precision >= 0.995, accuracy.ToString());
    }

    [Fact]
    public async Task The_real_executable_links_and_exits_zero()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in new[] { typeof(Program).Assembly.Location, "link", "--input", File("council-tax.csv", $"{Header}\n{CouncilTax}"), "--input", File("housing.csv", $"{Header}\n{Housing}"), "--out", Output("clusters.csv") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "unused.db")}";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(7, System.IO.File.ReadAllLines(Output("clusters.csv")).Length);
    }
}
