using System.Text.Json;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Feeds;

/// <summary>
/// The hot reads over real HTTP, session check and rate limits included: once warm, <c>feed.getHome</c> (with the
/// reader's own reactions), <c>user.getProfile</c> and <c>post.getById</c> run no SQL at all. The grain-level test
/// cannot see what the web front adds per request; this one can (a per-page query for <c>myReaction</c> slipped in
/// once, unnoticed).
/// </summary>
public sealed class PostgresWarmReadStatementTests(PostgresDatabaseFixture database) : SocialTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    [Fact]
    public async Task WarmHomeProfileAndPostReads_OverHttp_RunNoStatement()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        await ada.FollowAsync(bob);
        var posts = new List<string>();
        foreach (var content in new[] { "one", "two", "three" })
        {
            posts.Add((await bob.PostAsync(content)).Id());
        }

        (await ada.Client.CallAsync("post.react", new { postId = posts[1], reaction = "love" })).AssertSuccess();
        using var counter = new StatementCounter(database.ConnectionString);

        // Cold: proves the counter sees this cluster's statements.
        Assert.NotEmpty(await counter.CountAsync(() => ReadAllAsync(ada, bob, posts)));

        var warm = await counter.CountAsync(() => ReadAllAsync(ada, bob, posts));
        Assert.Empty(warm);

        // A change of the reader's own reaction is seen at once, still without a statement on the read.
        (await ada.Client.CallAsync("post.react", new { postId = posts[1], reaction = "wow" })).AssertSuccess();
        JsonElement home = default;
        Assert.Empty(await counter.CountAsync(async () => home = (await ada.HomeAsync()).AssertSuccess()));
        Assert.Equal("wow", Item(home, posts[1]).GetProperty("myReaction").GetString());
    }

    private static async Task ReadAllAsync(Member reader, Member author, IReadOnlyList<string> posts)
    {
        var home = (await reader.HomeAsync()).AssertSuccess();
        Assert.Equal(posts.Reverse(), home.GetProperty("items").EnumerateArray().Select(SocialCalls.Id));
        Assert.Equal(JsonValueKind.String, Item(home, posts[1]).GetProperty("myReaction").ValueKind);
        Assert.False(Item(home, posts[0]).TryGetProperty("myReaction", out _));

        var profile = await reader.Client.ProfileAsync(author.Username);
        Assert.True(profile.GetProperty("isFollowing").GetBoolean());

        var post = (await reader.Client.CallAsync("post.getById", new { postId = posts[2] })).AssertSuccess();
        Assert.Equal("three", post.GetProperty("post").GetProperty("content").GetString());
    }

    private static JsonElement Item(JsonElement page, string postId) =>
        page.GetProperty("items").EnumerateArray().Single(p => SocialCalls.Id(p) == postId);
}
