using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Blocks;

/// <summary>
/// <c>social.block</c> and <c>social.mute</c> over HTTP: what a block refuses and ends, and, one test per read path,
/// that a block and a mute are honoured there and that lifting them brings back what should come back.
/// </summary>
public abstract class BlockTests : SocialTests
{
    [Fact]
    public async Task Block_EndsFollowsBothWays_RemovesPendingRequests_AndRefusesEveryInteractionBothWays()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        await ada.FollowAsync(bob);
        await bob.FollowAsync(ada);
        (await bob.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertSuccess();
        (await ada.Client.CallAsync("settings.updatePrivacy", new { approveFollowers = true })).AssertSuccess();
        Assert.True((await cyd.Client.CallAsync("social.follow", new { userId = ada.Id })).AssertSuccess().GetProperty("requested").GetBoolean());
        var adaPost = (await ada.PostAsync("ada's post")).Id();
        var bobPost = (await bob.PostAsync("bob's post")).Id();

        Assert.True((await ada.Client.CallAsync("social.block", new { username = bob.Username })).AssertSuccess().GetProperty("blocked").GetBoolean());
        Assert.True((await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess().GetProperty("blocked").GetBoolean());
        (await ada.Client.CallAsync("social.block", new { userId = cyd.Id })).AssertSuccess();

        var adaProfile = await ada.Client.ProfileAsync(ada.Username);
        Assert.Equal(0, adaProfile.Count("followersCount"));
        Assert.Equal(0, adaProfile.Count("followingCount"));
        var bobProfile = await bob.Client.ProfileAsync(bob.Username);
        Assert.Equal(0, bobProfile.Count("followersCount"));
        Assert.Equal(0, bobProfile.Count("followingCount"));
        Assert.Empty((await ada.Client.CallAsync("social.getConnectionRequests", new { })).ItemIds());
        Assert.Empty((await ada.Client.CallAsync("social.getFollowRequests", new { })).AssertSuccess().GetProperty("items").EnumerateArray());

        foreach (var (actor, other, otherPost) in new[] { (bob, ada, adaPost), (ada, bob, bobPost) })
        {
            (await actor.Client.CallAsync("social.follow", new { userId = other.Id })).AssertError(403, 1104);
            (await actor.Client.CallAsync("post.comment", new { postId = otherPost, content = "hello" })).AssertError(403, 1104);
            (await actor.Client.CallAsync("post.react", new { postId = otherPost, reaction = "like" })).AssertError(403, 1104);
            (await actor.Client.CallAsync("social.requestConnection", new { userId = other.Id })).AssertError(403, 1104);
        }

        Assert.Equal([cyd.Id, bob.Id], (await ada.Client.CallAsync("social.getBlocked", new { })).ItemIds());
        Assert.Equal([cyd.Id], (await ada.Client.CallAsync("social.getBlocked", new { limit = 1 })).ItemIds());
        Assert.Empty((await bob.Client.CallAsync("social.getBlocked", new { })).ItemIds());
        (await ada.Client.CallAsync("social.block", new { userId = ada.Id })).AssertError(400, 1201);
        (await ada.Client.CallAsync("social.block", new { username = "nobody_" + Guid.NewGuid().ToString("N")[..12] })).AssertError(404, 1302);
        (await ada.Client.CallAsync("social.getBlocked", new { cursor = "bogus" })).AssertError(400, 1203);
        (await Client(cluster).CallAsync("social.block", new { userId = bob.Id })).AssertError(401, 1000);

        Assert.False((await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess().GetProperty("blocked").GetBoolean());
        Assert.False((await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess().GetProperty("blocked").GetBoolean());
        Assert.Equal([cyd.Id], (await ada.Client.CallAsync("social.getBlocked", new { })).ItemIds());

        // The follows do not come back by themselves; following again works (ada approves followers: a request).
        Assert.Equal(0, (await ada.Client.ProfileAsync(ada.Username)).Count("followersCount"));
        Assert.True((await bob.Client.CallAsync("social.follow", new { userId = ada.Id })).AssertSuccess().GetProperty("requested").GetBoolean());
        (await bob.Client.CallAsync("post.react", new { postId = adaPost, reaction = "like" })).AssertSuccess();
        await ada.FollowAsync(bob);
        Assert.Equal(1, (await bob.Client.ProfileAsync(bob.Username)).Count("followersCount"));
    }

    [Fact]
    public async Task Profile_ShowsIsBlockingAndIsMuting_AndIsAbsentToTheBlocked()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var bobPost = (await bob.PostAsync("bob writes")).Id();
        var adaPost = (await ada.PostAsync("ada writes")).Id();

        var before = await ada.Client.ProfileAsync(bob.Username);
        Assert.False(before.GetProperty("isBlocking").GetBoolean());
        Assert.False(before.GetProperty("isMuting").GetBoolean());
        Assert.False((await ada.Client.ProfileAsync(ada.Username)).TryGetProperty("isBlocking", out _));
        Assert.False((await Client(cluster).ProfileAsync(bob.Username)).TryGetProperty("isMuting", out _));

        (await ada.Client.CallAsync("social.mute", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        var blocked = await ada.Client.ProfileAsync(bob.Username);
        Assert.True(blocked.GetProperty("isBlocking").GetBoolean());
        Assert.True(blocked.GetProperty("isMuting").GetBoolean());
        Assert.Empty((await ada.Client.CallAsync("post.getByUser", new { userId = bob.Id })).ItemIds());

        (await bob.Client.CallAsync("user.getProfile", new { username = ada.Username })).AssertError(404, 1302);
        (await bob.Client.CallAsync("post.getByUser", new { username = ada.Username })).AssertError(404, 1302);
        (await bob.Client.CallAsync("post.getById", new { postId = adaPost })).AssertError(404, 1303);
        (await ada.Client.CallAsync("post.getById", new { postId = bobPost })).AssertError(404, 1303);
        Assert.Equal([adaPost], (await Client(cluster).CallAsync("post.getByUser", new { userId = ada.Id })).ItemIds());

        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.unmute", new { userId = bob.Id })).AssertSuccess();
        var after = await ada.Client.ProfileAsync(bob.Username);
        Assert.False(after.GetProperty("isBlocking").GetBoolean());
        Assert.False(after.GetProperty("isMuting").GetBoolean());
        Assert.Equal(ada.Id, (await bob.Client.ProfileAsync(ada.Username)).Id());
        Assert.Equal([adaPost], (await bob.Client.CallAsync("post.getByUser", new { userId = ada.Id })).ItemIds());
        Assert.Equal(bobPost, (await ada.Client.CallAsync("post.getById", new { postId = bobPost })).AssertSuccess().GetProperty("post").Id());
    }

    [Fact]
    public async Task HomeFeed_HidesMutedAuthors_AndBlockedOnesBothWays_UntilLifted()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        await ada.FollowAsync(bob);
        await ada.FollowAsync(cyd);
        await bob.FollowAsync(ada);
        var bobPost = (await bob.PostAsync("from bob")).Id();
        var cydPost = (await cyd.PostAsync("from cyd")).Id();
        var adaPost = (await ada.PostAsync("from ada")).Id();
        Assert.Equal([adaPost, cydPost, bobPost], await ada.HomeIdsAsync());
        Assert.Equal([adaPost, bobPost], await bob.HomeIdsAsync());

        Assert.True((await ada.Client.CallAsync("social.mute", new { username = cyd.Username })).AssertSuccess().GetProperty("muted").GetBoolean());
        Assert.Equal([adaPost, bobPost], await ada.HomeIdsAsync(pageSize: 1));
        var cydLater = (await cyd.PostAsync("cyd again")).Id();
        Assert.Equal([adaPost, bobPost], await ada.HomeIdsAsync());
        Assert.Equal([cyd.Id], (await ada.Client.CallAsync("social.getMuted", new { })).ItemIds());

        (await ada.Client.CallAsync("social.block", new { username = bob.Username })).AssertSuccess();
        Assert.Equal([adaPost], await ada.HomeIdsAsync());
        Assert.Equal([bobPost], await bob.HomeIdsAsync());

        Assert.False((await ada.Client.CallAsync("social.unmute", new { userId = cyd.Id })).AssertSuccess().GetProperty("muted").GetBoolean());
        Assert.Empty((await ada.Client.CallAsync("social.getMuted", new { })).ItemIds());
        Assert.Equal([cydLater, adaPost, cydPost], await ada.HomeIdsAsync());

        (await ada.Client.CallAsync("social.unblock", new { username = bob.Username })).AssertSuccess();
        await ada.FollowAsync(bob);
        await bob.FollowAsync(ada);
        Assert.Equal([cydLater, adaPost, cydPost, bobPost], await ada.HomeIdsAsync());
        Assert.Equal([adaPost, bobPost], await bob.HomeIdsAsync());
    }

    [Fact]
    public async Task DiscoveryAndSearch_HideBlockedAuthorsBothWays_AndMutedOnesFromTheMuter_UntilLifted()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        using var anonymous = Client(cluster);
        var tag = "tag" + Guid.NewGuid().ToString("N")[..10];
        var adaPost = (await ada.PostAsync($"{tag} from ada")).Id();
        var bobPost = (await bob.PostAsync($"{tag} from bob")).Id();
        var cydPost = (await cyd.PostAsync($"{tag} from cyd")).Id();
        HashSet<string> all = [adaPost, bobPost, cydPost];

        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.mute", new { userId = cyd.Id })).AssertSuccess();

        Assert.Equal([adaPost], await DiscoveredAsync(ada.Client, all));
        Assert.Equal([cydPost, bobPost], await DiscoveredAsync(bob.Client, all));
        Assert.Equal([cydPost, bobPost, adaPost], await DiscoveredAsync(anonymous, all));
        Assert.Equal([adaPost], await SearchedAsync(ada.Client, tag));
        Assert.Equal([cydPost, bobPost], await SearchedAsync(bob.Client, tag));
        Assert.Equal([cydPost, bobPost, adaPost], await SearchedAsync(anonymous, tag));
        Assert.Empty(await UsersFoundAsync(ada.Client, bob.Username));
        Assert.Empty(await UsersFoundAsync(bob.Client, ada.Username));
        Assert.Equal([cyd.Id], await UsersFoundAsync(ada.Client, cyd.Username));
        Assert.Equal([ada.Id], await UsersFoundAsync(cyd.Client, ada.Username));

        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.unmute", new { userId = cyd.Id })).AssertSuccess();
        Assert.Equal([cydPost, bobPost, adaPost], await DiscoveredAsync(ada.Client, all));
        Assert.Equal([cydPost, bobPost, adaPost], await DiscoveredAsync(bob.Client, all));
        Assert.Equal([cydPost, bobPost, adaPost], await SearchedAsync(ada.Client, tag));
        Assert.Equal([bob.Id], await UsersFoundAsync(ada.Client, bob.Username));
        Assert.Equal([ada.Id], await UsersFoundAsync(bob.Client, ada.Username));
    }

    [Fact]
    public async Task Comments_OfBlockedAndMutedUsers_AreHidden_AndPostsAcrossABlockAreNotFound_UntilLifted()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        using var dan = await JoinAsync(cluster, "dan");
        var cydPost = (await cyd.PostAsync("talk here")).Id();
        var bobPost = (await bob.PostAsync("bob's own")).Id();
        var fromBob = await CommentAsync(bob, cydPost, "bob says");
        var fromDan = await CommentAsync(dan, cydPost, "dan says");
        var fromAda = await CommentAsync(ada, cydPost, "ada says");

        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.mute", new { userId = dan.Id })).AssertSuccess();

        Assert.Equal([fromAda], await CommentIdsAsync(ada.Client, cydPost));
        Assert.Equal([fromBob, fromDan], await CommentIdsAsync(bob.Client, cydPost));
        Assert.Equal([fromBob, fromDan, fromAda], await CommentIdsAsync(cyd.Client, cydPost));
        Assert.Equal([fromBob, fromDan, fromAda], await CommentIdsAsync(Client(cluster), cydPost));
        (await ada.Client.CallAsync("post.getComments", new { postId = bobPost })).AssertError(404, 1303);

        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.unmute", new { userId = dan.Id })).AssertSuccess();
        Assert.Equal([fromBob, fromDan, fromAda], await CommentIdsAsync(ada.Client, cydPost));
        Assert.Equal([fromBob, fromDan, fromAda], await CommentIdsAsync(bob.Client, cydPost));
        (await ada.Client.CallAsync("post.getComments", new { postId = bobPost })).AssertSuccess();
    }

    [Fact]
    public async Task Notifications_FromBlockedOrMutedUsers_AreNeverMade_AndEarlierOnesHideWhileItLasts()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        var adaPost = (await ada.PostAsync("notice me")).Id();
        await CommentAsync(cyd, adaPost, "first");
        Assert.Equal([("comment", cyd.Id)], await NotificationsAsync(ada));

        (await ada.Client.CallAsync("social.mute", new { userId = cyd.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        Assert.Empty(await NotificationsAsync(ada));

        // A muted user may still interact, silently; a blocked one may mention the blocker, to no effect.
        await cyd.FollowAsync(ada);
        (await cyd.Client.CallAsync("post.react", new { postId = adaPost, reaction = "love" })).AssertSuccess();
        await cyd.PostAsync($"hey @{ada.Username}");
        await bob.PostAsync($"hey @{ada.Username}");
        (await bob.Client.CallAsync("social.follow", new { userId = ada.Id })).AssertError(403, 1104);
        Assert.Empty(await NotificationsAsync(ada));

        (await ada.Client.CallAsync("social.unmute", new { userId = cyd.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        Assert.Equal([("comment", cyd.Id)], await NotificationsAsync(ada));
        await CommentAsync(cyd, adaPost, "second");
        await bob.PostAsync($"again @{ada.Username}");
        Assert.Equal([("mention", bob.Id), ("comment", cyd.Id), ("comment", cyd.Id)], await NotificationsAsync(ada));
    }

    [Fact]
    public async Task LiveStream_CarriesNoEventsFromMutedOrBlockedUsers_UntilLifted()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        using var dan = await JoinAsync(cluster, "dan");
        using var eve = await JoinAsync(cluster, "eve");
        await ada.FollowAsync(bob);
        await ada.FollowAsync(cyd);
        var adaPost = (await ada.PostAsync("react here")).Id();
        (await ada.Client.CallAsync("social.mute", new { userId = cyd.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.block", new { userId = dan.Id })).AssertSuccess();
        await using var stream = await SseClient.OpenAsync(ada.Client);

        // Each silent action comes before one that is heard: the first event must be the heard one.
        await cyd.PostAsync("muted post");
        await dan.PostAsync($"blocked mention @{ada.Username}");
        var bobPost = (await bob.PostAsync("heard post")).Id();
        var heard = await stream.NextAsync();
        Assert.Equal("feed.update", heard.Event);
        Assert.Equal(bobPost, heard.Json.GetProperty("post").Id());

        (await cyd.Client.CallAsync("post.react", new { postId = adaPost, reaction = "wow" })).AssertSuccess();
        await eve.FollowAsync(ada);
        var notification = await stream.NextAsync();
        Assert.Equal("notification", notification.Event);
        Assert.Equal(eve.Id, notification.Json.GetProperty("actor").Id());

        (await ada.Client.CallAsync("social.unmute", new { userId = cyd.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.unblock", new { userId = dan.Id })).AssertSuccess();
        var cydPost = (await cyd.PostAsync("heard now")).Id();
        var back = await stream.NextAsync();
        Assert.Equal("feed.update", back.Event);
        Assert.Equal(cydPost, back.Json.GetProperty("post").Id());
        await dan.FollowAsync(ada);
        var follow = await stream.NextAsync();
        Assert.Equal("notification", follow.Event);
        Assert.Equal(dan.Id, follow.Json.GetProperty("actor").Id());
    }

    private static async Task<string> CommentAsync(Member member, string postId, string content) =>
        (await member.Client.CallAsync("post.comment", new { postId, content })).AssertSuccess().GetProperty("comment").Id();

    private static async Task<List<string>> CommentIdsAsync(RpcClient client, string postId) =>
        SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => client.CallAsync("post.getComments", new { postId, cursor, limit = 2 })));

    private static async Task<List<string>> DiscoveredAsync(RpcClient client, IReadOnlySet<string> among) =>
        [.. SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => client.CallAsync("discovery.getDiscoverFeed", new { cursor, limit = 2 }))).Where(among.Contains)];

    private static async Task<List<string>> SearchedAsync(RpcClient client, string query) =>
        SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => client.CallAsync("discovery.searchPosts", new { query, cursor, limit = 2 })));

    // Usernames are unique and made of a random part, so the exact match is the only one.
    private static async Task<List<string>> UsersFoundAsync(RpcClient client, string username) =>
        (await client.CallAsync("discovery.searchUsers", new { query = username })).ItemIds();

    private static async Task<List<(string Type, string ActorId)>> NotificationsAsync(Member member) =>
        [.. (await SocialCalls.AllPagesAsync(cursor => member.Client.CallAsync("notification.getNotifications", new { cursor, limit = 2 })))
            .Select(n => (n.GetProperty("type").GetString()!, n.GetProperty("actor").Id()))];
}
