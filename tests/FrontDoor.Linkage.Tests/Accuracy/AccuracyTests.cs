using FrontDoor.Linkage.Evaluation;
using FrontDoor.Linkage.Records;
using FrontDoor.Linkage.Sources;
using FrontDoor.Linkage.Synthetic;
using Xunit.Abstractions;

namespace FrontDoor.Linkage.Tests.Accuracy;

/// <summary>
/// Issue 15's accuracy targets, at the shipped automatic threshold, with the model trained without labels. The truth
/// (FEBRL's rec_id, the generator's person id) is used only here, to score the clusters. Splink's published figures,
/// reached with the labels in view: F1 0.9954 on FEBRL 3 and 0.9998 on FEBRL 4 at its best threshold.
/// </summary>
public sealed class AccuracyTests(ITestOutputHelper output)
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");

    private static List<PersonRecord> Febrl(params string[] files)
    {
        var mapping = SourceMapping.Parse(File.ReadAllText(Path.Combine(Data, "febrl.json"))).Mapping!;
        return [.. files.SelectMany(file =>
        {
            using var reader = new StreamReader(Path.Combine(Data, "febrl", file));
            return SourceReader.Read(reader, Path.GetFileNameWithoutExtension(file), mapping).Records;
        })];
    }

    private PairwiseAccuracy Measure(string name, List<PersonRecord> records, IReadOnlyList<string> truth)
    {
        var result = Linker.Link(records);
        var accuracy = PairwiseAccuracy.Measure(result.PersonOf, truth);
        output.WriteLine($"{name}: {accuracy}; {result.CandidatePairs:N0} candidate pairs, {result.ReviewPairs.Count} pairs for review");
        return accuracy;
    }

    [Fact]
    public void Finds_the_duplicates_in_febrl_3_with_f1_of_at_least_0_995()
    {
        var records = Febrl("dataset3.csv");

        var accuracy = Measure("FEBRL 3", records, [.. records.Select(r => r.SourceId.Split('-')[1])]);

        Assert.True(accuracy.Precision >= 0.995, accuracy.ToString());
        Assert.True(accuracy.F1 >= 0.995, accuracy.ToString());
    }

    [Fact]
    public void Links_febrl_4a_to_4b_with_f1_of_at_least_0_999()
    {
        var records = Febrl("dataset4a.csv", "dataset4b.csv");

        var accuracy = Measure("FEBRL 4a x 4b", records, [.. records.Select(r => r.SourceId.Split('-')[1])]);

        Assert.True(accuracy.Precision >= 0.995, accuracy.ToString());
        Assert.True(accuracy.F1 >= 0.999, accuracy.ToString());
    }

    /// <summary>
    /// The UK-shaped set is harder than FEBRL on purpose: council-tax records without a date of birth for people
    /// called Mohammed Khan or Nasrin Begum at different addresses cannot be told apart by anyone. The floor guards
    /// against regressions; the measured figures are in bench/README.md.
    /// </summary>
    [Fact]
    public void Links_the_uk_shaped_synthetic_population_without_chaining_households()
    {
        var generated = UkPopulation.Generate(10_000);

        var accuracy = Measure("UK synthetic, 10,000 records", [.. generated.Select(g => g.Record)], [.. generated.Select(g => g.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.True(accuracy.Precision >= 0.88, accuracy.ToString());
        Assert.True(accuracy.Recall >= 0.93, accuracy.ToString());
    }
}
