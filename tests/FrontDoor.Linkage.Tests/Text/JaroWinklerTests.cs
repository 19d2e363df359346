using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Tests.Text;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)] // Winkler's worked examples
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("smith", "smith", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Scores_the_textbook_examples(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Is_symmetric() =>
        Assert.Equal(JaroWinkler.Similarity("catherine", "kathryn"), JaroWinkler.Similarity("kathryn", "catherine"), 10);

    [Theory]
    [InlineData("begum", "bagum")]
    [InlineData("mohammed", "mohammad")]
    [InlineData("chowdhury", "choudhury")]
    [InlineData("smith", "smyth")]
    [InlineData("a", "bcdefghij")]
    [InlineData("jo", "joanne")]
    public void The_floor_only_ever_answers_zero_for_pairs_below_it(string a, string b)
    {
        var full = JaroWinkler.Similarity(a, b);
        var floored = JaroWinkler.Similarity(a, b, 0.8);

        Assert.True(floored == full || (floored == 0 && full < 0.8), $"{full} vs {floored}");
    }
}
