using FrontDoor.Linkage.Encoding;
using FrontDoor.Linkage.Model;
using FrontDoor.Linkage.Names;
using FrontDoor.Linkage.Records;

namespace FrontDoor.Linkage.Tests.Model;

public sealed class ComparerTests
{
    private static string Level(int field, PersonRecord a, PersonRecord b)
    {
        var encoded = EncodedRecords.Build([a, b], NameEquivalents.Default());
        var levels = new byte[Comparisons.Count];
        new Comparer(encoded).Compare(0, 1, levels);
        return Comparisons.Levels[field][levels[field]];
    }

    private static PersonRecord Person(string? first = null, string? last = null, string? middle = null) =>
        new("test", Guid.NewGuid().ToString()) { FirstName = first, LastName = last, MiddleName = middle };

    [Theory]
    [InlineData("Robert", "Bob")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohamed", "Mohammad")]
    [InlineData("Elizabeth", "Betty")]
    [InlineData("Aisha", "Ayesha")]
    public void Treats_nicknames_and_other_spellings_of_a_first_name_as_one_name(string a, string b) =>
        Assert.Equal("nickname or other spelling", Level(Comparisons.FirstName, Person(a, "Khan"), Person(b, "Khan")));

    [Theory]
    [InlineData("Begum", "Bagum")]
    [InlineData("Chowdhury", "Choudhury")]
    [InlineData("Rahman", "Rehman")]
    public void Treats_transliterations_of_a_last_name_as_one_name(string a, string b) =>
        Assert.Equal("other spelling", Level(Comparisons.LastName, Person("Fatima", a), Person("Fatima", b)));

    [Fact]
    public void Does_not_make_albert_robert_through_bert() =>
        Assert.NotEqual("nickname or other spelling", Level(Comparisons.FirstName, Person("Albert", "Smith"), Person("Robert", "Smith")));

    [Fact]
    public void Sees_a_swap_of_first_and_last_name_once()
    {
        Assert.Equal("swapped with another name", Level(Comparisons.FirstName, Person("Grace", "Morrison"), Person("Morrison", "Grace")));
        Assert.Equal("missing", Level(Comparisons.LastName, Person("Grace", "Morrison"), Person("Morrison", "Grace")));
    }

    [Fact]
    public void One_shared_name_in_another_field_is_not_a_swap() =>
        Assert.Equal("different", Level(Comparisons.FirstName, Person("Sana", "Ryan"), Person("Ryan", "Milburn")));

    [Fact]
    public void Finds_a_first_name_recorded_as_a_middle_name() =>
        Assert.Equal("swapped with another name", Level(Comparisons.FirstName, Person("Mohammed", "Islam", "Abdul"), Person("Abdul", "Islam")));

    [Theory]
    [InlineData(1980, 3, 4, 1980, 3, 4, "same")]
    [InlineData(1980, 3, 4, 1980, 4, 3, "day and month swapped")]
    [InlineData(1980, 3, 4, 1981, 3, 4, "one part different")]
    [InlineData(1980, 3, 4, 1980, 3, 14, "one part different")]
    [InlineData(1980, 3, 4, 1975, 11, 4, "different")]
    public void Compares_dates_of_birth_part_by_part(int y1, int m1, int d1, int y2, int m2, int d2, string expected) =>
        Assert.Equal(expected, Level(
            Comparisons.DateOfBirth,
            Person() with { DateOfBirth = new BirthDate(y1, m1, d1) },
            Person() with { DateOfBirth = new BirthDate(y2, m2, d2) }));

    [Theory]
    [InlineData("E1 6AN", "e16an", "same postcode")]
    [InlineData("E1 6AN", "E1 7AN", "same street or postcode one character out")]
    [InlineData("E1 6AN", "E1 6BX", "same postcode sector or district")]
    [InlineData("E1 6AN", "E1 4QT", "same postcode sector or district")]
    [InlineData("E1 6AN", "N16 5TT", "different")]
    public void Compares_postcodes_by_sector_and_district(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Comparisons.Address, Person() with { Postcode = a }, Person() with { Postcode = b }));

    [Fact]
    public void Knows_one_property_by_its_uprn_or_its_address_and_postcode()
    {
        Assert.Equal("same property", Level(Comparisons.Address, Person() with { Uprn = "6000123456", AddressLine1 = "Flat 2" }, Person() with { Uprn = "6000123456" }));
        Assert.Equal("same property", Level(Comparisons.Address, Person() with { AddressLine1 = "12 Mile End Road", Postcode = "E1 4NS" }, Person() with { AddressLine1 = "12 mile end rd", Postcode = "E14NS" }));
        Assert.Equal("same postcode", Level(Comparisons.Address, Person() with { AddressLine1 = "12 Mile End Road", Postcode = "E1 4NS", Uprn = "1" }, Person() with { AddressLine1 = "12 Mile End Road", Postcode = "E1 4NS", Uprn = "2" }));
    }

    [Fact]
    public void Tells_a_shared_mobile_from_a_shared_landline()
    {
        Assert.Equal("same mobile", Level(Comparisons.Phone, Person() with { Phone = "+44 7700 900123" }, Person() with { Phone = "07700900123" }));
        Assert.Equal("same other number", Level(Comparisons.Phone, Person() with { Phone = "020 7946 0000" }, Person() with { Phone = "02079460000" }));
    }

    [Fact]
    public void Next_door_is_not_the_same_address() =>
        Assert.Equal("same street or postcode one character out", Level(Comparisons.Address, Person() with { AddressLine1 = "12 Mile End Road" }, Person() with { AddressLine1 = "14 Mile End Rd" }));

    [Fact]
    public void A_missing_field_is_missing_not_different() =>
        Assert.Equal("missing", Level(Comparisons.NiNumber, Person() with { NiNumber = "AB123456C" }, Person()));
}
