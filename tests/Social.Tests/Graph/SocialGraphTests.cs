using System.Text.Json;

namespace Vrss.Social.Tests.Graph;

/// <summary>Follows, follower lists, and connection requests over HTTP.</summary>
public abstract class SocialGraphTests : SocialTests
{
    [Fact]
    public async Task Follow_CountsBothSides_AndUnfollowUncounts()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        var fans = await JoinManyAsync(cluster, 3, "fan");

        foreach (var fan in fans)
        {
            var followed = (await fan.Client.CallAsync("social.follow", new { username = star.Username })).AssertSuccess();
            Assert.True(followed.GetProperty("following").GetBoolean());
        }

        (await fans[0].Client.CallAsync("social.follow", new { userId = star.Id })).AssertError(400, 1403);
        Assert.Equal(3, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
        Assert.Equal(1, (await star.Client.ProfileAsync(fans[0].Username)).Count("followingCount"));

        var unfollowed = (await fans[0].Client.CallAsync("social.unfollow", new { username = star.Username })).AssertSuccess();
        Assert.False(unfollowed.GetProperty("following").GetBoolean());
        (await fans[0].Client.CallAsync("social.unfollow", new { username = star.Username })).AssertSuccess();
        Assert.Equal(2, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
        Assert.Equal(0, (await star.Client.ProfileAsync(fans[0].Username)).Count("followingCount"));
        (await fans[0].Client.CallAsync("social.follow", new { username = star.Username })).AssertSuccess();
        Assert.Equal(3, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
        DisposeAll(fans);
    }

    [Fact]
    public async Task Follow_SelfUnknownOrMissing_IsRefused()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");

        var self = await ada.Client.CallAsync("social.follow", new { username = ada.Username });
        self.AssertError(400, 1201);
        Assert.Equal("username", self.ErrorField);
        Assert.Equal("userId", (await ada.Client.CallAsync("social.follow", new { userId = ada.Id })).AssertError(400, 1201).ErrorField);
        (await ada.Client.CallAsync("social.follow", new { username = "nobody_follows_me" })).AssertError(404, 1302);
        (await ada.Client.CallAsync("social.follow", new { userId = "0123456789abcdef0123456789abcdef" })).AssertError(404, 1302);
        (await ada.Client.CallAsync("social.unfollow", new { userId = "0123456789abcdef0123456789abcdef" })).AssertError(404, 1302);
        (await ada.Client.CallAsync("social.follow", new { })).AssertError(400, 1202);
        (await Client(cluster).CallAsync("social.follow", new { username = ada.Username })).AssertError(401, 1000);
        var profile = await ada.Client.ProfileAsync(ada.Username);
        Assert.Equal((0, 0), (profile.Count("followersCount"), profile.Count("followingCount")));
    }

    [Fact]
    public async Task Follow_ConcurrentlyByManyUsers_CountsExactly()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        var fans = await JoinManyAsync(cluster, 12, "fan");

        // Every fan follows twice at once and the star follows every fan back at the same time: one edge each.
        var responses = await Task.WhenAll(fans.SelectMany(f => new[]
        {
            f.Client.CallAsync("social.follow", new { userId = star.Id }),
            f.Client.CallAsync("social.follow", new { userId = star.Id }),
            star.Client.CallAsync("social.follow", new { userId = f.Id }),
        }));

        Assert.Equal(24, responses.Count(r => r.Success));
        Assert.All(responses.Where(r => !r.Success), r => r.AssertError(400, 1403));
        var profile = await star.Client.ProfileAsync(star.Username);
        Assert.Equal((12, 12), (profile.Count("followersCount"), profile.Count("followingCount")));
        DisposeAll(fans);
    }

    [Fact]
    public async Task FollowersAndFollowing_AreNewestFirstPages_OfUserCards()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        using var viewer = await JoinAsync(cluster, "viewer");
        var fans = await JoinManyAsync(cluster, 5, "fan");
        foreach (var fan in fans)
        {
            await fan.FollowAsync(star);
        }

        await viewer.FollowAsync(fans[1]);
        await star.FollowAsync(fans[0]);
        await star.FollowAsync(fans[2]);

        using var anonymous = Client(cluster);
        var followers = await SocialCalls.AllPagesAsync(cursor => anonymous.CallAsync("social.getFollowers", new { username = star.Username, cursor, limit = 2 }));
        Assert.Equal(fans.Reverse().Select(f => f.Id), SocialCalls.Ids(followers));
        var card = followers.Single(c => c.Id() == fans[3].Id);
        Assert.Equal(fans[3].Username, card.GetProperty("username").GetString());
        Assert.True(card.TryGetProperty("displayName", out _) && card.TryGetProperty("avatarUrl", out _));
        Assert.False(card.TryGetProperty("isFollowing", out _));

        var seenByViewer = await SocialCalls.AllPagesAsync(cursor => viewer.Client.CallAsync("social.getFollowers", new { userId = star.Id, cursor, limit = 3 }));
        Assert.Equal([fans[1].Id], seenByViewer.Where(c => c.GetProperty("isFollowing").GetBoolean()).Select(SocialCalls.Id));

        var following = (await anonymous.CallAsync("social.getFollowing", new { username = star.Username })).AssertSuccess();
        Assert.Equal([fans[2].Id, fans[0].Id], following.GetProperty("items").EnumerateArray().Select(SocialCalls.Id));
        Assert.Equal(JsonValueKind.Null, following.GetProperty("nextCursor").ValueKind);
        (await anonymous.CallAsync("social.getFollowers", new { username = "unknown_user_x" })).AssertError(404, 1302);
        DisposeAll(fans);
    }

    [Fact]
    public async Task ConnectionRequests_AcceptConnectsBothWays_DeclineDoesNot_OnePendingPerPair()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var carl = await JoinAsync(cluster, "carl");

        var request = (await ada.Client.CallAsync("social.requestConnection", new { username = bob.Username, message = "Let's <b>connect</b>" }))
            .AssertSuccess().GetProperty("request");
        Assert.Equal((ada.Id, bob.Id, "pending", "Let's <b>connect</b>"),
            (request.GetProperty("from").Id(), request.GetProperty("to").Id(), request.GetProperty("status").GetString(), request.GetProperty("message").GetString()));

        // One pending request per pair, whichever side asks.
        (await ada.Client.CallAsync("social.requestConnection", new { userId = bob.Id })).AssertError(400, 1400);
        (await bob.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertError(400, 1400);

        var incoming = (await bob.Client.CallAsync("social.getConnectionRequests")).AssertSuccess().GetProperty("items");
        Assert.Equal([request.Id()], incoming.EnumerateArray().Select(SocialCalls.Id));
        Assert.Empty((await ada.Client.CallAsync("social.getConnectionRequests")).ItemIds());

        // Only the recipient answers, and only once.
        (await ada.Client.CallAsync("social.respondConnection", new { requestId = request.Id(), accept = true })).AssertError(403, 1100);
        (await carl.Client.CallAsync("social.respondConnection", new { requestId = request.Id(), accept = true })).AssertError(404, 1301);
        var accepted = (await bob.Client.CallAsync("social.respondConnection", new { requestId = request.Id(), accept = true })).AssertSuccess().GetProperty("request");
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.True(accepted.TryGetProperty("respondedAt", out _));
        (await bob.Client.CallAsync("social.respondConnection", new { requestId = request.Id(), accept = false })).AssertError(400, 1400);

        Assert.Equal([bob.Id], (await ada.Client.CallAsync("social.getConnections")).ItemIds());
        Assert.Equal([ada.Id], (await bob.Client.CallAsync("social.getConnections")).ItemIds());
        Assert.Empty((await bob.Client.CallAsync("social.getConnectionRequests")).ItemIds());
        (await bob.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertError(400, 1400);

        // Declined: no connection, and a new request may follow.
        var second = (await carl.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertSuccess().GetProperty("request");
        var declined = (await ada.Client.CallAsync("social.respondConnection", new { requestId = second.Id(), accept = false })).AssertSuccess().GetProperty("request");
        Assert.Equal("declined", declined.GetProperty("status").GetString());
        Assert.Equal([bob.Id], (await ada.Client.CallAsync("social.getConnections")).ItemIds());
        (await carl.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertSuccess();

        (await ada.Client.CallAsync("social.respondConnection", new { requestId = "no-such-request", accept = true })).AssertError(404, 1301);
        (await ada.Client.CallAsync("social.respondConnection", new { requestId = second.Id() })).AssertError(400, 1202);
        (await ada.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertError(400, 1201);
        (await ada.Client.CallAsync("social.requestConnection", new { username = "nobody_to_connect" })).AssertError(404, 1302);
        (await ada.Client.CallAsync("social.requestConnection", new { userId = carl.Id, message = new string('m', 501) })).AssertError(400, 1201);
        (await Client(cluster).CallAsync("social.getConnections")).AssertError(401, 1000);
    }

    [Fact]
    public async Task ConnectionRequests_AreRefused_WhenTheRecipientDoesNotAcceptThem()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        (await bob.Client.CallAsync("settings.updatePrivacy", new { allowConnectionRequests = false })).AssertSuccess();

        (await ada.Client.CallAsync("social.requestConnection", new { username = bob.Username })).AssertError(403, 1100);
        Assert.Empty((await bob.Client.CallAsync("social.getConnectionRequests")).ItemIds());
    }

    [Fact]
    public async Task ConnectionRequests_ConcurrentFromBothSides_LeaveExactlyOnePending()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => i % 2 == 0
            ? ada.Client.CallAsync("social.requestConnection", new { userId = bob.Id })
            : bob.Client.CallAsync("social.requestConnection", new { userId = ada.Id })));

        Assert.Single(responses, r => r.Success);
        Assert.All(responses.Where(r => !r.Success), r => r.AssertError(400, 1400));
        var pending = (await ada.Client.CallAsync("social.getConnectionRequests")).ItemIds().Concat((await bob.Client.CallAsync("social.getConnectionRequests")).ItemIds());
        Assert.Single(pending);
    }

    private static void DisposeAll(IEnumerable<Member> members)
    {
        foreach (var member in members)
        {
            member.Dispose();
        }
    }
}
