using Vrss.Grains.Accounts;

namespace Vrss.Grains.Tests.Accounts;

public sealed class MentionScrubberTests
{
    [Theory]
    [InlineData("hi @ada_1", "hi @[deleted]")]
    [InlineData("@ADA_1, @ada_1!", "@[deleted], @[deleted]!")]
    [InlineData("mail ada_1@example.com or @ada_12", "mail ada_1@example.com or @ada_12")]
    [InlineData("x@ada_1 is an address", "x@ada_1 is an address")]
    [InlineData("nobody here", "nobody here")]
    public void Scrub_ReplacesExactlyTheMentionsOfTheName(string text, string expected)
    {
        Assert.Equal(expected, MentionScrubber.Scrub(text, "ada_1"));
        Assert.Equal(text != expected, MentionScrubber.Mentions(text, "ada_1"));
    }
}
