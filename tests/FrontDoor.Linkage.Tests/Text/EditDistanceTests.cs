using FrontDoor.Linkage.Text;

namespace FrontDoor.Linkage.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("E16AN", "E16AM", true)] // substitution
    [InlineData("E16AN", "E61AN", true)] // neighbours swapped
    [InlineData("E16AN", "E1AN", true)] // deletion
    [InlineData("E16AN", "E166AN", true)] // insertion
    [InlineData("E16AN", "E16AN", false)] // the same is not one apart
    [InlineData("E16AN", "E17AM", false)]
    [InlineData("AB123456C", "BA123456D", false)]
    public void Knows_a_single_keying_mistake(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.OneApart(a, b));
        Assert.Equal(expected, EditDistance.OneApart(b, a));
    }
}
