using FrontDoor.Web.Features.Catalogue.Search;
using FrontDoor.Web.Features.Catalogue.Seed;

namespace FrontDoor.Web.Tests.Features.Catalogue.Search;

public sealed class CatalogueIndexTests
{
    private static readonly CatalogueIndex Demo = CatalogueIndexFromDocument.Build(ImportCatalogue.DemoCouncil());

    [Theory]
    [InlineData("my bin wasn't collected", "missed-bin")]
    [InlineData("my bin wasn’t collected", "missed-bin")]
    [InlineData("bin wasnt colected", "missed-bin")]
    [InlineData("BINS NOT COLLECTED!!", "missed-bin")]
    [InlineData("hole in the road", "pothole")]
    [InlineData("pot hole", "pothole")]
    [InlineData("there's a pothole on my street", "pothole")]
    [InlineData("noisy neighbours", "noise")]
    [InlineData("niosy nieghbours", "noise")]
    [InlineData("council tax bill", "council-tax-bill-question")]
    [InlineData("councel tax bil", "council-tax-bill-question")]
    [InlineData("rats in the garden", "pest-control")]
    [InlineData("black mould in bathroom", "damp-mould")]
    [InlineData("parking ticket", "pcn-challenge")]
    public void Ranks_the_right_service_first_for_what_residents_type(string query, string expected)
    {
        var hits = Demo.Search(query);

        Assert.NotEmpty(hits);
        Assert.True(expected == hits[0].Service.Code,
            $"'{query}' ranked {string.Join(", ", hits.Take(3).Select(h => $"{h.Service.Code} ({h.Score:N1})"))}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the my a")]
    [InlineData("xqzvbn")]
    public void Finds_nothing_for_nothing_or_nonsense(string query) => Assert.Empty(Demo.Search(query));

    [Theory]
    [InlineData("bins", "bin")]
    [InlineData("collected", "collect")]
    [InlineData("neighbours", "neighbour")]
    [InlineData("potholes", "pothole")]
    [InlineData("flies", "fly")]
    [InlineData("parking", "park")]
    [InlineData("bus", "bus")]
    [InlineData("glass", "glass")]
    public void Stems_plurals_and_past_tenses(string word, string stem) => Assert.Equal(stem, SearchText.Stem(word));

    [Fact]
    public void Drops_apostrophes_punctuation_and_filler_words() =>
        Assert.Equal(["bin", "collect"], SearchText.Words("My bin wasn't collected!"));
}
