using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Tests.Text;

public sealed class NormaliseTests
{
    [Theory]
    [InlineData("e1 6an", "E16AN", "E1 6", "E1")]
    [InlineData("SW1A 1AA", "SW1A1AA", "SW1A 1", "SW1A")]
    [InlineData("M1 1AE", "M11AE", "M1 1", "M1")]
    [InlineData("EC1A1BB", "EC1A1BB", "EC1A 1", "EC1A")]
    public void Splits_a_uk_postcode_into_sector_and_district(string text, string full, string sector, string district) =>
        Assert.Equal(new Postcode(full, sector, district), Normalise.Postcode(text));

    [Fact]
    public void Keeps_a_postcode_from_elsewhere_whole() =>
        Assert.Equal(new Postcode("2119", null, null), Normalise.Postcode("2119"));

    [Theory]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("0044 (0)20 7946 0000", "02079460000")]
    [InlineData("07700-900-123", "07700900123")]
    [InlineData("0000000000", null)]
    [InlineData("123", null)]
    public void Writes_phone_numbers_one_way(string text, string? expected) => Assert.Equal(expected, Normalise.Phone(text));

    [Theory]
    [InlineData("AB123456C", true)]
    [InlineData("AB123456", true)] // suffix often left off
    [InlineData("QQ123456C", false)] // Q never used
    [InlineData("GB123456A", false)] // never issued
    [InlineData("AB123456E", false)]
    [InlineData("1234567", false)]
    public void Knows_the_ni_number_format(string text, bool expected) => Assert.Equal(expected, Normalise.IsNiNumber(text));

    [Theory]
    [InlineData("  José  O'Brien-Smith ", "jose obrien smith")]
    [InlineData("UNKNOWN", null)]
    [InlineData("--", null)]
    public void Writes_names_in_one_form(string text, string? expected) => Assert.Equal(expected, Normalise.Name(text));

    [Fact]
    public void Spells_out_street_abbreviations() => Assert.Equal("flat 3 12 high street", Normalise.Address("Flat 3, 12 High St."));
}
