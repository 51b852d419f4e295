using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.Cluster.Tests.Backups;

/// <summary>
/// What the API answers one viewer about the drill's data (profiles, follow lists, posts, comments, the home feed,
/// the owner's storage use), as raw JSON, so a restored cluster can be held to the very same answers.
/// </summary>
internal sealed class Snapshot
{
    private readonly Dictionary<string, JsonElement> _reads;

    private Snapshot(Dictionary<string, JsonElement> reads) => _reads = reads;

    public JsonElement this[string read] => _reads[read];

    /// <summary>Reads everything as the client's current viewer (bob, the follower and commenter).</summary>
    public static async Task<Snapshot> TakeAsync(RpcClient client, TestAccount author, TestAccount follower, string imagePostId)
    {
        var reads = new Dictionary<string, JsonElement>
        {
            ["author profile"] = (await client.CallAsync("user.getProfile", new { username = author.Username })).AssertSuccess(),
            ["follower profile"] = (await client.CallAsync("user.getProfile", new { userId = follower.Id })).AssertSuccess(),
            ["author's followers"] = (await client.CallAsync("social.getFollowers", new { username = author.Username })).AssertSuccess(),
            ["follower's following"] = (await client.CallAsync("social.getFollowing", new { username = follower.Username })).AssertSuccess(),
            ["author's posts"] = (await client.CallAsync("post.getByUser", new { username = author.Username })).AssertSuccess(),
            ["image post"] = (await client.CallAsync("post.getById", new { postId = imagePostId })).AssertSuccess(),
            ["comments"] = (await client.CallAsync("post.getComments", new { postId = imagePostId })).AssertSuccess(),
            ["home feed"] = (await client.CallAsync("feed.getHome", new { })).AssertSuccess(),
        };
        var viewer = client.BearerToken;
        client.BearerToken = author.Token;
        reads["author's storage"] = (await client.CallAsync("media.getStorageUsage")).AssertSuccess();
        client.BearerToken = viewer;

        var snapshot = new Snapshot(reads);
        snapshot.AssertHoldsTheDrillData(author, follower);
        return snapshot;
    }

    /// <summary>Every read answers byte for byte what it answered in <paramref name="expected"/>.</summary>
    public void AssertSameAs(Snapshot expected)
    {
        foreach (var (read, value) in expected._reads)
        {
            Assert.True(
                value.GetRawText() == _reads[read].GetRawText(),
                $"{read} differs after the restore:{Environment.NewLine}before: {value.GetRawText()}{Environment.NewLine}after:  {_reads[read].GetRawText()}");
        }
    }

    // The comparison alone would pass on two empty answers; the drill's writes must be in them.
    private void AssertHoldsTheDrillData(TestAccount author, TestAccount follower)
    {
        var profile = this["author profile"].GetProperty("profile");
        Assert.Equal("Alice Drill", profile.GetProperty("displayName").GetString());
        Assert.Equal("written before the backup", profile.GetProperty("bio").GetString());
        Assert.Equal(1, profile.GetProperty("followersCount").GetInt32());
        Assert.Equal(2, profile.GetProperty("postsCount").GetInt32());
        Assert.Equal(1, this["follower profile"].GetProperty("profile").GetProperty("followingCount").GetInt32());
        Assert.Equal(follower.Id, Assert.Single(Items("author's followers")).GetProperty("id").GetString());
        Assert.Equal(author.Id, Assert.Single(Items("follower's following")).GetProperty("id").GetString());
        Assert.Equal(2, Items("author's posts").Count);
        var post = this["image post"].GetProperty("post");
        Assert.Equal("a picture", post.GetProperty("content").GetString());
        Assert.Single(post.GetProperty("media").EnumerateArray());
        Assert.Equal(1, post.GetProperty("commentCount").GetInt32());
        Assert.Equal(1, post.GetProperty("reactionCounts").GetProperty("love").GetInt32());
        Assert.Equal("nice picture", Assert.Single(Items("comments")).GetProperty("content").GetString());
        Assert.Equal(2, Items("home feed").Count);
        Assert.Equal(3000, this["author's storage"].GetProperty("used").GetInt64());
    }

    private List<JsonElement> Items(string read) => [.. this[read].GetProperty("items").EnumerateArray()];
}
