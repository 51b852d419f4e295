using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Blocks;

/// <summary>
/// What a block hides that its own ending of follows does not: other users' follower and following lists read by
/// either side of a block, the blocker's lists read by the blocked, connections (a block keeps them stored), and the
/// unread count of notifications a block or mute hides.
/// </summary>
public abstract class BlockedListsTests : SocialTests
{
    [Fact]
    public async Task FollowLists_LeaveOutUsersBlockedEitherWay_AndTheBlockersListsAreNotFoundForTheBlocked()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        using var dan = await JoinAsync(cluster, "dan");
        using var eve = await JoinAsync(cluster, "eve");
        using var anonymous = Client(cluster);
        foreach (var follower in new[] { bob, cyd, eve })
        {
            await follower.FollowAsync(dan);
            await dan.FollowAsync(follower);
        }

        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        (await cyd.Client.CallAsync("social.block", new { userId = ada.Id })).AssertSuccess();

        Assert.Equal([eve.Id], await ListAsync(ada.Client, "social.getFollowers", dan));
        Assert.Equal([eve.Id], await ListAsync(ada.Client, "social.getFollowing", dan));
        Assert.Equal([eve.Id, cyd.Id, bob.Id], await ListAsync(eve.Client, "social.getFollowers", dan));
        Assert.Equal([eve.Id, cyd.Id, bob.Id], await ListAsync(anonymous, "social.getFollowing", dan));
        Assert.Equal([dan.Id], await ListAsync(ada.Client, "social.getFollowers", bob));
        (await bob.Client.CallAsync("social.getFollowers", new { userId = ada.Id })).AssertError(404, 1302);
        (await ada.Client.CallAsync("social.getFollowing", new { username = cyd.Username })).AssertError(404, 1302);

        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        (await cyd.Client.CallAsync("social.unblock", new { userId = ada.Id })).AssertSuccess();
        Assert.Equal([eve.Id, cyd.Id, bob.Id], await ListAsync(ada.Client, "social.getFollowers", dan));
        Assert.Equal([dan.Id], await ListAsync(ada.Client, "social.getFollowing", cyd));
    }

    [Fact]
    public async Task Connections_OfTheOtherSideOfABlock_LeaveBothLists_UntilLifted()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        foreach (var peer in new[] { bob, cyd })
        {
            var request = (await peer.Client.CallAsync("social.requestConnection", new { userId = ada.Id })).AssertSuccess().GetProperty("request").Id();
            (await ada.Client.CallAsync("social.respondConnection", new { requestId = request, accept = true })).AssertSuccess();
        }

        Assert.Equal([cyd.Id, bob.Id], await ConnectionsAsync(ada));

        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        Assert.Equal([cyd.Id], await ConnectionsAsync(ada));
        Assert.Empty(await ConnectionsAsync(bob));
        Assert.Equal([ada.Id], await ConnectionsAsync(cyd));

        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        Assert.Equal([cyd.Id, bob.Id], await ConnectionsAsync(ada));
        Assert.Equal([ada.Id], await ConnectionsAsync(bob));
    }

    [Fact]
    public async Task UnreadCount_CountsOnlyTheNotificationsTheListShows()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        using var cyd = await JoinAsync(cluster, "cyd");
        using var dan = await JoinAsync(cluster, "dan");
        var adaPost = (await ada.PostAsync("count me")).Id();
        await bob.FollowAsync(ada);
        (await cyd.Client.CallAsync("post.comment", new { postId = adaPost, content = "hi" })).AssertSuccess();
        (await dan.Client.CallAsync("post.react", new { postId = adaPost, reaction = "like" })).AssertSuccess();
        Assert.Equal(3, (await NotificationsAsync(ada)).Unread);

        (await ada.Client.CallAsync("social.block", new { userId = bob.Id })).AssertSuccess();
        (await ada.Client.CallAsync("social.mute", new { userId = cyd.Id })).AssertSuccess();
        var (shown, unread) = await NotificationsAsync(ada);
        Assert.Equal([dan.Id], shown);
        Assert.Equal(1, unread);

        var danNotification = (await ada.Client.CallAsync("notification.getNotifications", new { })).AssertSuccess().GetProperty("items")[0].Id();
        var marked = (await ada.Client.CallAsync("notification.markRead", new { ids = new[] { danNotification } })).AssertSuccess();
        Assert.Equal(0, marked.GetProperty("unreadCount").GetInt32());
        Assert.Equal(0, (await NotificationsAsync(ada)).Unread);

        (await ada.Client.CallAsync("social.unmute", new { userId = cyd.Id })).AssertSuccess();
        var back = await NotificationsAsync(ada);
        Assert.Equal([dan.Id, cyd.Id], back.Shown);
        Assert.Equal(1, back.Unread);
        Assert.Equal(0, (await ada.Client.CallAsync("notification.markRead", new { all = true })).AssertSuccess().GetProperty("unreadCount").GetInt32());
        (await ada.Client.CallAsync("social.unblock", new { userId = bob.Id })).AssertSuccess();
        Assert.Equal(0, (await NotificationsAsync(ada)).Unread);
    }

    private static async Task<List<string>> ListAsync(RpcClient client, string procedure, Member of) =>
        SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => client.CallAsync(procedure, new { userId = of.Id, cursor, limit = 1 })));

    private static async Task<List<string>> ConnectionsAsync(Member member) =>
        SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => member.Client.CallAsync("social.getConnections", new { cursor, limit = 1 })));

    // The actors of the whole list, newest first, and the unread count its first page reports.
    private static async Task<(List<string> Shown, int Unread)> NotificationsAsync(Member member)
    {
        var unread = (await member.Client.CallAsync("notification.getNotifications", new { limit = 1 })).AssertSuccess().GetProperty("unreadCount").GetInt32();
        var items = await SocialCalls.AllPagesAsync(cursor => member.Client.CallAsync("notification.getNotifications", new { cursor, limit = 1 }));
        return ([.. items.Select(n => n.GetProperty("actor").Id())], unread);
    }
}
