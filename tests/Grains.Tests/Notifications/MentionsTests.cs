using Vrss.Grains.Notifications;

namespace Vrss.Grains.Tests.Notifications;

public sealed class MentionsTests
{
    [Theory]
    [InlineData("hello @Ada_Lovelace and @bob!", new[] { "ada_lovelace", "bob" })]
    [InlineData("@bob @BOB @bob: once", new[] { "bob" })]
    [InlineData("(@carol), @dan. @eve's", new[] { "carol", "dan", "eve" })]
    [InlineData("@@frank", new[] { "frank" })]
    [InlineData("line\n@grace", new[] { "grace" })]
    public void Find_ReturnsDistinctLowerCaseNamesInOrder(string text, string[] expected) =>
        Assert.Equal(expected, Mentions.Find(text));

    [Theory]
    [InlineData("mail ada@example.com")]
    [InlineData("@ab is too short")]
    [InlineData("@abcdefghijklmnopqrstuvwxyz12345 is 31 long")]
    [InlineData("@-dash @ space @")]
    [InlineData("@héllo")]
    [InlineData("")]
    public void Find_IgnoresWhatIsNotAMention(string text) => Assert.Empty(Mentions.Find(text));

    [Fact]
    public void Find_AcceptsThirtyCharactersAndStopsAtTheLimitOfMentions()
    {
        Assert.Equal(["abcdefghijklmnopqrstuvwxyz1234"], Mentions.Find("@abcdefghijklmnopqrstuvwxyz1234"));
        var many = string.Join(' ', Enumerable.Range(0, 50).Select(i => $"@user{i:D2}"));
        Assert.Equal(Mentions.MaxPerText, Mentions.Find(many).Count);
    }
}
