using FrontDoor.Linkage.Records;
using FrontDoor.Linkage.Sources;

namespace FrontDoor.Linkage.Tests.Sources;

public sealed class SourceReaderTests
{
    private static SourceRead Read(string csv, SourceMapping? mapping = null) =>
        SourceReader.Read(new StringReader(csv), "housing", mapping ?? SourceMapping.Standard);

    [Fact]
    public void Reads_the_standard_layout()
    {
        var read = Read("source_id,first_name,last_name,date_of_birth,postcode,ni_number\nH1,Fatima,Begum,1980-02-29,E1 6AN,AB 12 34 56 C\n");

        var record = Assert.Single(read.Records);
        Assert.Equal("H1", record.SourceId);
        Assert.Equal(new BirthDate(1980, 2, 29), record.DateOfBirth);
        Assert.Equal("AB 12 34 56 C", record.NiNumber);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void Reports_bad_rows_by_line_and_reads_the_rest()
    {
        var read = Read("""
            source_id,first_name,last_name,date_of_birth,ni_number
            H1,Fatima,Begum,1980-02-29,
            ,No,Id,1980-01-01,
            H3,Too,Many,1980-01-01,,extra
            H1,Again,Repeated,1980-01-01,
            H5,"Smith, Jr",Jones,31/12/1980,QQ123456C
            H6,Ann,Lee,1980-02-30,
            """);

        Assert.Equal(["H1", "H5", "H6"], read.Records.Select(r => r.SourceId));
        Assert.Equal("Smith, Jr", read.Records[1].FirstName);
        Assert.Null(read.Records[1].DateOfBirth);
        Assert.Null(read.Records[1].NiNumber);
        Assert.Equal(new BirthDate(1980, 2, 30), read.Records[2].DateOfBirth);
        Assert.Collection(
            read.Problems,
            p => Assert.Equal((3, "has no source_id; row left out"), (p.Line, p.Problem)),
            p => Assert.Equal((4, "has 6 fields but the header has 5; row left out"), (p.Line, p.Problem)),
            p => Assert.Equal((5, "repeats the source_id of line 2; row left out"), (p.Line, p.Problem)),
            p => Assert.Equal((6, "date of birth is not in the form YYYY-MM-DD; left out"), (p.Line, p.Problem)),
            p => Assert.StartsWith("NI number is not in HMRC's format", p.Problem),
            p => Assert.Equal((7, "date of birth is not a real date; kept and compared part by part"), (p.Line, p.Problem)));
    }

    [Fact]
    public void Never_quotes_a_value_in_a_problem()
    {
        var read = Read("source_id,email,phone\nH1,fatima.at.example,12\n");

        Assert.All(read.Problems, p => Assert.DoesNotContain("fatima", p.Problem, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, read.Problems.Count);
    }

    [Fact]
    public void Reads_febrl_through_its_mapping()
    {
        var mapping = SourceMapping.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "febrl.json"))).Mapping!;

        var read = Read("rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id\nrec-1-org, mitchell, green, 7, wallaby place, delmar, cleveland, 2119, sa, 19560409, 1804974", mapping);

        var record = Assert.Single(read.Records);
        Assert.Equal(("rec-1-org", "mitchell", "green", "7 wallaby place", "delmar", "2119", "1804974"), (record.SourceId, record.FirstName, record.LastName, record.AddressLine1, record.AddressLine2, record.Postcode, record.NiNumber));
        Assert.Equal(new BirthDate(1956, 4, 9), record.DateOfBirth);
    }

    [Fact]
    public void Refuses_a_file_whose_header_does_not_fit_the_mapping()
    {
        var mapping = SourceMapping.Parse("""{ "columns": { "source_id": "reference", "first_name": "forename" } }""").Mapping!;

        var read = Read("reference,surname\n1,Khan\n", mapping);

        Assert.Equal("The mapping reads first_name from \"forename\", which the header does not have.", read.FileProblem);
    }

    [Fact]
    public void Refuses_a_file_without_source_ids() =>
        Assert.StartsWith("The header has no source_id column", Read("first_name\nAnn\n").FileProblem);

    [Theory]
    [InlineData("{", "The mapping is not valid JSON")]
    [InlineData("""{ "columns": { "surname": "x" } }""", "\"surname\" is not a field of the standard layout")]
    [InlineData("""{ "colums": {} }""", "The mapping has \"colums\"")]
    [InlineData("""{ "date_of_birth_format": "YY-MM" }""", "must contain YYYY, MM and DD")]
    public void Explains_a_mistake_in_a_mapping(string json, string expected) =>
        Assert.Contains(expected, SourceMapping.Parse(json).Problem);

    [Fact]
    public void Names_the_source_after_the_file_unless_the_mapping_says_otherwise()
    {
        Assert.Equal("council-tax", SourceMapping.Standard.SourceNameFor("/data/council-tax.csv"));
        Assert.Equal("ctax", SourceMapping.Parse("""{ "sources": { "council-tax": "ctax" } }""").Mapping!.SourceNameFor("/data/council-tax.csv"));
    }
}
