using FrontDoor.Web.Features.Customers.Workspace;

namespace FrontDoor.Web.Tests.Features.Customers;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("07700 900123", "07700900123")]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("+44 (0)7700 900123", "07700900123")]
    [InlineData("0044 7700 900 123", "07700900123")]
    [InlineData("(020) 7946 0000", "02079460000")]
    public void Phone_numbers_are_reduced_to_uk_national_digits(string typed, string stored) =>
        Assert.Equal(stored, SearchText.Phone(typed));

    [Theory]
    [InlineData("e14 2bg", "E142BG")]
    [InlineData(" E14  2BG ", "E142BG")]
    public void Postcodes_lose_spaces_and_case(string typed, string key) => Assert.Equal(key, SearchText.Postcode(typed));

    [Theory]
    [InlineData("O'Brien-Smith", "obriensmith")]
    [InlineData("Zoë", "zoe")]
    public void Names_keep_only_letters_without_accents(string typed, string key) => Assert.Equal(key, SearchText.Letters(typed));

    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Ashcraft", "A261")]
    [InlineData("Tymczak", "T522")]
    [InlineData("Pfister", "P236")]
    public void Soundex_matches_the_published_examples(string name, string code) => Assert.Equal(code, SearchText.Soundex(name));
}
