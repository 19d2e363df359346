using FrontDoor.Domain.References;

namespace FrontDoor.Domain.Tests.References;

public sealed class RequestReferenceTests
{
    // Check character worked by hand (Luhn mod 30, alphabet indexes K=17 7=5 M=18 4=2 Q=21 P=20 X=27 9=7):
    // from the right, doubling every other: 14 + 27 + (1+10) + 21 + 4 + 18 + 10 + 17 = 122; 122 mod 30 = 2; 30 - 2 = 28 = 'Y'.
    private const string Known = "K7M4QPX9Y";

    private const string WrongCharacter = "Check the reference: one of its characters is not right";

    /// <summary>Valid references from a fixed seed, so the counts below are the same on every run.</summary>
    private static IEnumerable<string> Sample(int count)
    {
        var random = new Random(20240614);
        yield return Known;
        for (var i = 1; i < count; i++)
        {
            var body = new string(Enumerable.Range(0, 8).Select(_ => RequestReference.Alphabet[random.Next(30)]).ToArray());
            yield return body + RequestReference.CheckCharacter(body);
        }
    }

    [Fact]
    public void A_reference_with_the_right_check_character_parses()
    {
        Assert.Equal('Y', RequestReference.CheckCharacter("K7M4QPX9"));
        Assert.Equal(Known, RequestReference.Parse(Known).Value.Value);
        Assert.Equal("Check the reference: one of its characters is not right", RequestReference.Parse("K7M4QPX9C").Error?.Message);
    }

    [Fact]
    public void Generated_references_parse_back_to_themselves()
    {
        for (var i = 0; i < 1000; i++)
        {
            var reference = RequestReference.NewReference();
            Assert.Equal(9, reference.Value.Length);
            Assert.All(reference.Value, c => Assert.Contains(c, RequestReference.Alphabet));
            Assert.Equal(reference, RequestReference.Parse(reference.Display).Value);
            Assert.Equal(reference, RequestReference.Parse(reference.Value).Value);
        }
    }

    [Fact]
    public void Every_single_character_substitution_is_rejected()
    {
        var tried = 0;
        foreach (var valid in Sample(300))
        {
            for (var position = 0; position < valid.Length; position++)
            {
                foreach (var other in RequestReference.Alphabet.Where(c => c != valid[position]))
                {
                    var typo = valid[..position] + other + valid[(position + 1)..];
                    Assert.Equal(WrongCharacter, RequestReference.Parse(typo).Error?.Message);
                    tried++;
                }
            }
        }

        Assert.Equal(300 * 9 * 29, tried);
    }

    [Fact]
    public void Swapping_neighbouring_characters_is_rejected_except_for_2_and_Z()
    {
        // Luhn mod N cannot see a swap of the first and last characters of its alphabet ('2' and 'Z' here),
        // as decimal Luhn cannot see 09 <-> 90. Every other swap of two different neighbours is caught.
        int swaps = 0, caught = 0;
        foreach (var valid in Sample(2000))
        {
            for (var i = 0; i < valid.Length - 1; i++)
            {
                if (valid[i] == valid[i + 1])
                {
                    continue;
                }

                var swapped = valid[..i] + valid[i + 1] + valid[i] + valid[(i + 2)..];
                var rejected = !RequestReference.IsValid(swapped);
                var twoAndZ = (valid[i], valid[i + 1]) is ('2', 'Z') or ('Z', '2');
                Assert.True(rejected != twoAndZ, $"{valid} -> {swapped}");
                swaps++;
                caught += rejected ? 1 : 0;
            }
        }

        Assert.True((double)caught / swaps > 0.995, $"caught {caught} of {swaps} swaps");
        Assert.True(RequestReference.IsValid("K7M4QP2ZC")); // a '2Z' reference ...
        Assert.True(RequestReference.IsValid("K7M4QPZ2C")); // ... and its swap both pass
    }

    [Theory]
    [InlineData("k7m4qpx9y")]
    [InlineData("K7M-4QP-X9Y")]
    [InlineData("k7m-4qp-x9y")]
    [InlineData("K7M 4QP X9Y")]
    [InlineData("  K7M - 4QP - X9Y  ")]
    [InlineData("K7M\t4QP-x9y")]
    public void Accepts_lower_case_spaces_and_hyphens(string typed) =>
        Assert.Equal(Known, RequestReference.Parse(typed).Value.Value);

    [Theory]
    [InlineData("K7M4QPX90", '0')]
    [InlineData("O7M4QPX9Y", 'O')]
    [InlineData("K1M4QPX9Y", '1')]
    [InlineData("K7M4IPX9Y", 'I')]
    [InlineData("K7M4QPL9Y", 'L')]
    [InlineData("K7M4QPX9U", 'U')]
    [InlineData("k7m4qpx9l", 'L')] // named as it would be printed: upper case
    [InlineData("K7M4QP!9Y", '!')]
    public void Names_a_character_that_never_appears_in_a_reference(string typed, char named)
    {
        var result = RequestReference.Parse(typed);
        Assert.Equal($"A reference never contains '{named}'. Check the reference and try again", result.Error?.Message);
        Assert.Equal("reference", result.Error?.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Asks_for_a_reference_when_none_is_typed(string? typed) =>
        Assert.Equal("Enter a reference", RequestReference.Parse(typed).Error?.Message);

    [Theory]
    [InlineData("K7M4QPX9")]
    [InlineData("K7M4QPX9YY")]
    [InlineData("K7M-4QP")]
    [InlineData("---")]
    public void Refuses_a_reference_of_the_wrong_length(string typed) =>
        Assert.Equal(
            "Enter a reference in the format shown in your confirmation, like K7M-4QP-X9Y",
            RequestReference.Parse(typed).Error?.Message);

    [Fact]
    public void Displays_in_three_groups_of_three()
    {
        var reference = RequestReference.Parse("k7m4qpx9y").Value;
        Assert.Equal("K7M-4QP-X9Y", reference.Display);
        Assert.Equal("K7M-4QP-X9Y", reference.ToString());
        Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$", RequestReference.NewReference().Display);
        Assert.Equal("", default(RequestReference).Display);
    }

    [Fact]
    public void Alphabet_leaves_out_characters_that_are_misread_or_misheard()
    {
        Assert.Equal(30, RequestReference.Alphabet.Length);
        Assert.Equal(30, RequestReference.Alphabet.Distinct().Count());
        Assert.DoesNotContain(RequestReference.Alphabet, c => "01OILU".Contains(c));
    }
}
