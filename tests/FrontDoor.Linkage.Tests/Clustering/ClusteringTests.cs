using FrontDoor.Linkage.Records;

namespace FrontDoor.Linkage.Tests.Clustering;

/// <summary>People who must stay apart however much they resemble one another's records, in a population big enough to train on.</summary>
public sealed class ClusteringTests
{
    private static readonly Lazy<(List<PersonRecord> Records, int[] PersonOf)> Run = new(() =>
    {
        var records = Synthetic.UkPopulation.Generate(4_000).Select(g => g.Record).ToList();
        var start = records.Count;
        records.AddRange(
        [
            // Twins at one address: same surname, birthday, address and landline; different first names.
            Twin("T1", "Hasan", 2010), Twin("T2", "Amina", 2010), Twin("T3", "Hasan", 2010) with { MiddleName = "Ali" },
            // Two different Mohammed Islams: same name, different birthdays and addresses.
            new PersonRecord("benefits", "M1") { FirstName = "Mohammed", LastName = "Islam", DateOfBirth = new BirthDate(1970, 1, 5), AddressLine1 = "1 Brick Lane", Postcode = "E1 6QL", NiNumber = "AB123456C" },
            new PersonRecord("housing", "M2") { FirstName = "Muhammad", LastName = "Islam", DateOfBirth = new BirthDate(1988, 7, 21), AddressLine1 = "90 Roman Road", Postcode = "E3 5QJ", NiNumber = "CE654321A" },
            // One of them again, written another way.
            new PersonRecord("housing", "M3") { FirstName = "Mohamed", LastName = "Islam", DateOfBirth = new BirthDate(1970, 1, 5), AddressLine1 = "1 Brick Ln", Postcode = "E1 6QL", NiNumber = "AB 12 34 56 C" },
        ]);
        return (records, Linker.Link(records).PersonOf);

        static PersonRecord Twin(string id, string first, int year) => new("housing", id)
        {
            FirstName = first, LastName = "Miah", DateOfBirth = new BirthDate(year, 3, 3), AddressLine1 = "Flat 2, 40 Cable Street",
            Postcode = "E1 8JG", Uprn = "6000123456", Phone = "020 7946 0001",
        };
    });

    private static int PersonOf(string id)
    {
        var (records, personOf) = Run.Value;
        return personOf[records.FindIndex(r => r.SourceId == id)];
    }

    [Fact]
    public void Keeps_twins_apart() => Assert.NotEqual(PersonOf("T1"), PersonOf("T2"));

    [Fact]
    public void Does_not_chain_a_twin_to_the_other_through_a_third_record() => Assert.NotEqual(PersonOf("T3"), PersonOf("T2"));

    [Fact]
    public void Keeps_two_different_mohammed_islams_apart() => Assert.NotEqual(PersonOf("M1"), PersonOf("M2"));

    [Fact]
    public void Links_one_mohammed_islam_spelled_two_ways() => Assert.Equal(PersonOf("M1"), PersonOf("M3"));
}
