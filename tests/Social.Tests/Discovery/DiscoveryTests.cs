using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Discovery;

/// <summary><c>discovery.searchUsers</c>, <c>discovery.searchPosts</c> and <c>discovery.getDiscoverFeed</c> over HTTP.</summary>
public abstract class DiscoveryTests : SocialTests
{
    [Fact]
    public async Task SearchUsers_RanksExactThenUsernamePrefixThenDisplayNames()
    {
        await using var cluster = await StartSocialAsync();
        var tag = "q" + Guid.NewGuid().ToString("N")[..9];
        using var inside = await RegisterAsync(cluster, "zin" + Guid.NewGuid().ToString("N")[..9], $"The {tag} club");
        using var displayPrefix = await RegisterAsync(cluster, "zdp" + Guid.NewGuid().ToString("N")[..9], $"{tag.ToUpperInvariant()} Fan");
        using var prefix = await RegisterAsync(cluster, tag + "_one", "One");
        using var exact = await RegisterAsync(cluster, tag, "Exact");
        using var viewer = await JoinAsync(cluster, "viewer");
        await viewer.FollowAsync(prefix);

        var found = (await viewer.Client.CallAsync("discovery.searchUsers", new { query = tag.ToUpperInvariant() })).AssertSuccess().GetProperty("items");
        Assert.Equal([exact.Id, prefix.Id, displayPrefix.Id, inside.Id], found.EnumerateArray().Select(SocialCalls.Id));
        Assert.Equal([false, true, false, false], found.EnumerateArray().Select(c => c.GetProperty("isFollowing").GetBoolean()));
        Assert.Equal($"The {tag} club", found[3].GetProperty("displayName").GetString());

        using var anonymous = Client(cluster);
        var top = (await anonymous.CallAsync("discovery.searchUsers", new { query = $"  {tag} ", limit = 2 })).ItemIds();
        Assert.Equal([exact.Id, prefix.Id], top);
        Assert.Empty((await anonymous.CallAsync("discovery.searchUsers", new { query = tag + "%" })).ItemIds());
        (await anonymous.CallAsync("discovery.searchUsers", new { })).AssertError(400, 1202);
        (await anonymous.CallAsync("discovery.searchUsers", new { query = "   " })).AssertError(400, 1201);
        (await anonymous.CallAsync("discovery.searchUsers", new { query = "a\nb" })).AssertError(400, 1201);
        (await anonymous.CallAsync("discovery.searchUsers", new { query = new string('a', 201) })).AssertError(400, 1201);
        (await anonymous.CallAsync("discovery.searchUsers", new { query = "a", limit = 101 })).AssertError(400, 1201);
    }

    [Fact]
    public async Task SearchPosts_MatchesEveryWord_NewestFirst_InPages()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        var alpha = "alpha" + Guid.NewGuid().ToString("N")[..8];
        var beta = "beta" + Guid.NewGuid().ToString("N")[..8];
        var both = (await ada.PostAsync($"{alpha} {beta} gamma")).Id();
        await ada.PostAsync($"{alpha} only");
        await ada.PostAsync($"only {beta}");
        await Task.Delay(3);
        var shouting = (await ada.PostAsync($"{beta.ToUpperInvariant()}, then {alpha.ToUpperInvariant()}!")).Id();

        using var anonymous = Client(cluster);
        var found = await SocialCalls.AllPagesAsync(cursor => anonymous.CallAsync("discovery.searchPosts", new { query = $"{alpha} {beta}", cursor, limit = 1 }));
        Assert.Equal([shouting, both], SocialCalls.Ids(found));
        Assert.Equal(3, (await anonymous.CallAsync("discovery.searchPosts", new { query = alpha })).ItemIds().Count);
        Assert.Empty((await anonymous.CallAsync("discovery.searchPosts", new { query = $"<script>{alpha}" + "xyz</script>" })).ItemIds());
        (await anonymous.CallAsync("discovery.searchPosts", new { query = "" })).AssertError(400, 1201);
        (await anonymous.CallAsync("discovery.searchPosts", new { query = alpha, cursor = "bogus" })).AssertError(400, 1203);
    }

    [Fact]
    public async Task DiscoverFeed_RanksRecentPublicPostsByRecencyAndEngagement()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        var fans = await JoinManyAsync(cluster, 3, "fan");
        var older = (await ada.PostAsync("older but loved")).Id();
        await Task.Delay(3);
        var middle = (await ada.PostAsync("middle")).Id();
        await Task.Delay(3);
        var newest = (await ada.PostAsync("newest")).Id();
        var hidden = (await ada.PostAsync("followers only", "followers")).Id();
        HashSet<string> mine = [older, middle, newest, hidden];

        using var anonymous = Client(cluster);
        Assert.Equal([newest, middle, older], await DiscoveredAsync(anonymous, mine));

        foreach (var fan in fans)
        {
            (await fan.Client.CallAsync("post.react", new { postId = older, reaction = "love" })).AssertSuccess();
        }

        (await fans[0].Client.CallAsync("post.comment", new { postId = older, content = "so good" })).AssertSuccess();
        Assert.Equal([older, newest, middle], await DiscoveredAsync(anonymous, mine));
        Assert.DoesNotContain(hidden, await DiscoveredAsync(fans[0].Client, new HashSet<string> { hidden }));
        foreach (var fan in fans)
        {
            fan.Dispose();
        }
    }

    private static async Task<List<string>> DiscoveredAsync(RpcClient client, IReadOnlySet<string> among) =>
        [.. SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => client.CallAsync("discovery.getDiscoverFeed", new { cursor, limit = 2 }))).Where(among.Contains)];

    private static async Task<Member> RegisterAsync(Vrss.TestingHost.TestCluster cluster, string username, string displayName)
    {
        var client = Client(cluster);
        var account = await client.RegisterAsync(username);
        (await client.CallAsync("user.updateProfile", new { displayName })).AssertSuccess();
        return new Member(client, account);
    }
}
