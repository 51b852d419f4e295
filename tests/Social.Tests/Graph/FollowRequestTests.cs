using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Graph;

/// <summary>
/// Users who approve their followers (<c>settings.updatePrivacy { approveFollowers: true }</c>, a locked account):
/// a follow becomes a request the user is notified of, lists, and accepts or rejects; the requester may withdraw it
/// with <c>social.unfollow</c>. Only an accepted follower is a follower: counts, lists, followers-only posts, the
/// followers-only profile and the home feed open up on acceptance, not before.
/// </summary>
public abstract class FollowRequestTests : SocialTests
{
    [Fact]
    public async Task Request_NotifiesAndLists_AndOpensNothing_UntilAccepted()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        using var fan = await JoinAsync(cluster, "fan");
        await LockAsync(star, profileVisibility: "followers");
        var secret = (await star.PostAsync("for my followers", "followers")).Id();
        (await fan.HomeAsync()).AssertSuccess(); // the feed is active: acceptance must bring the post in

        var asked = (await fan.Client.CallAsync("social.follow", new { username = star.Username })).AssertSuccess();
        Assert.Equal((false, true), (asked.GetProperty("following").GetBoolean(), asked.GetProperty("requested").GetBoolean()));
        var again = (await fan.Client.CallAsync("social.follow", new { userId = star.Id })).AssertSuccess();
        Assert.Equal((false, true), (again.GetProperty("following").GetBoolean(), again.GetProperty("requested").GetBoolean()));

        // One notification however often the fan asks; one pending request, naming the fan.
        var notification = Assert.Single((await star.Client.CallAsync("notification.getNotifications")).AssertSuccess().GetProperty("items").EnumerateArray());
        Assert.Equal(("follow_request", fan.Id), (notification.GetProperty("type").GetString(), notification.GetProperty("actor").Id()));
        var request = Assert.Single(await RequestsAsync(star));
        Assert.Equal((fan.Id, fan.Username), (request.GetProperty("from").Id(), request.GetProperty("from").GetProperty("username").GetString()));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", request.GetProperty("createdAt").GetString());
        Assert.Empty(await RequestsAsync(fan));

        // Pending is not following: nothing followers-only reaches the requester, before or after the request.
        var later = (await star.PostAsync("for my followers, while the fan waits", "followers")).Id();
        await AssertOutsiderAsync(fan, star, secret);
        await AssertOutsiderAsync(fan, star, later);
        Assert.Equal(0, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
        Assert.Equal(0, (await fan.Client.ProfileAsync(fan.Username)).Count("followingCount"));

        var accepted = (await star.Client.CallAsync("social.respondFollowRequest", new { username = fan.Username, accept = true })).AssertSuccess();
        Assert.True(accepted.GetProperty("accepted").GetBoolean());

        (await fan.Client.CallAsync("post.getById", new { postId = secret })).AssertSuccess();
        Assert.Equal([later, secret], await fan.HomeIdsAsync());
        Assert.Contains(secret, (await fan.Client.CallAsync("post.getByUser", new { username = star.Username })).ItemIds());
        var profile = await fan.Client.ProfileAsync(star.Username);
        Assert.False(profile.TryGetProperty("restricted", out var restricted) && restricted.GetBoolean());
        Assert.Equal(1, profile.Count("followersCount"));
        Assert.True(profile.GetProperty("isFollowing").GetBoolean());
        Assert.Equal(1, (await fan.Client.ProfileAsync(fan.Username)).Count("followingCount"));
        Assert.Equal([fan.Id], (await fan.Client.CallAsync("social.getFollowers", new { username = star.Username })).ItemIds());
        Assert.Empty(await RequestsAsync(star));

        // Answered once; a follower asking again is already following.
        (await star.Client.CallAsync("social.respondFollowRequest", new { userId = fan.Id, accept = true })).AssertError(404, 1301);
        (await fan.Client.CallAsync("social.follow", new { username = star.Username })).AssertError(400, 1403);
        Assert.Single((await star.Client.CallAsync("notification.getNotifications")).AssertSuccess().GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Reject_AndWithdraw_LeaveNoFollower_AndAllowAskingAgain()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        using var rejected = await JoinAsync(cluster, "rejected");
        using var quitter = await JoinAsync(cluster, "quitter");
        await LockAsync(star, profileVisibility: "followers");
        var secret = (await star.PostAsync("for my followers", "followers")).Id();
        await rejected.FollowAsync(star);
        await quitter.FollowAsync(star);
        Assert.Equal([quitter.Id, rejected.Id], SocialCalls.Ids((await RequestsAsync(star)).Select(r => r.GetProperty("from"))));

        var answer = (await star.Client.CallAsync("social.respondFollowRequest", new { username = rejected.Username, accept = false })).AssertSuccess();
        Assert.False(answer.GetProperty("accepted").GetBoolean());
        var withdrawn = (await quitter.Client.CallAsync("social.unfollow", new { username = star.Username })).AssertSuccess();
        Assert.Equal((false, false), (withdrawn.GetProperty("following").GetBoolean(), withdrawn.GetProperty("requested").GetBoolean()));

        Assert.Empty(await RequestsAsync(star));
        (await star.Client.CallAsync("social.respondFollowRequest", new { username = quitter.Username, accept = true })).AssertError(404, 1301);
        (await star.Client.CallAsync("social.respondFollowRequest", new { username = rejected.Username, accept = true })).AssertError(404, 1301);
        await AssertOutsiderAsync(rejected, star, secret);
        await AssertOutsiderAsync(quitter, star, secret);
        Assert.Equal(0, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
        Assert.Equal((0, 0), ((await quitter.Client.ProfileAsync(quitter.Username)).Count("followingCount"), (await rejected.Client.ProfileAsync(rejected.Username)).Count("followingCount")));

        // A rejection is not a block: the user may ask again.
        Assert.True((await rejected.Client.CallAsync("social.follow", new { username = star.Username })).AssertSuccess().GetProperty("requested").GetBoolean());
        Assert.Equal([rejected.Id], SocialCalls.Ids((await RequestsAsync(star)).Select(r => r.GetProperty("from"))));
    }

    [Fact]
    public async Task OnlyTheAddressee_AnswersAFollowRequest()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        using var fan = await JoinAsync(cluster, "fan");
        using var mallory = await JoinAsync(cluster, "mallory");
        using var anonymous = Client(cluster);
        await LockAsync(star, profileVisibility: "followers");
        await LockAsync(mallory, profileVisibility: "public");
        var secret = (await star.PostAsync("for my followers", "followers")).Id();
        await fan.FollowAsync(star);

        // The requester cannot accept its own request, nor can a third user, whoever they name.
        (await fan.Client.CallAsync("social.respondFollowRequest", new { username = star.Username, accept = true })).AssertError(404, 1301);
        (await fan.Client.CallAsync("social.respondFollowRequest", new { userId = fan.Id, accept = true })).AssertError(404, 1301);
        (await mallory.Client.CallAsync("social.respondFollowRequest", new { username = fan.Username, accept = true })).AssertError(404, 1301);
        (await mallory.Client.CallAsync("social.respondFollowRequest", new { userId = star.Id, accept = false })).AssertError(404, 1301);
        (await anonymous.CallAsync("social.respondFollowRequest", new { username = fan.Username, accept = true })).AssertError(401, 1000);
        (await anonymous.CallAsync("social.getFollowRequests")).AssertError(401, 1000);
        (await star.Client.CallAsync("social.respondFollowRequest", new { username = fan.Username })).AssertError(400, 1202);
        (await star.Client.CallAsync("social.respondFollowRequest", new { accept = true })).AssertError(400, 1202);
        (await star.Client.CallAsync("social.respondFollowRequest", new { username = "nobody_asked_here", accept = true })).AssertError(404, 1302);

        Assert.Equal([fan.Id], SocialCalls.Ids((await RequestsAsync(star)).Select(r => r.GetProperty("from"))));
        Assert.Empty(await RequestsAsync(mallory));
        await AssertOutsiderAsync(fan, star, secret);
        Assert.Empty((await mallory.Client.CallAsync("social.getFollowers", new { username = mallory.Username })).ItemIds());
    }

    [Fact]
    public async Task TurningApprovalOff_AcceptsEveryPendingRequest_AndLaterFollowsAreDirect()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        var fans = await JoinManyAsync(cluster, 3, "fan");
        using var late = await JoinAsync(cluster, "late");
        var locked = await LockAsync(star, profileVisibility: "public");
        Assert.True(locked.GetProperty("approveFollowers").GetBoolean());
        Assert.True((await star.Client.CallAsync("settings.get")).AssertSuccess().GetProperty("settings").GetProperty("approveFollowers").GetBoolean());
        var secret = (await star.PostAsync("for my followers", "followers")).Id();
        foreach (var fan in fans)
        {
            await fan.FollowAsync(star);
        }

        var unlocked = (await star.Client.CallAsync("settings.updatePrivacy", new { approveFollowers = false })).AssertSuccess().GetProperty("settings");

        Assert.False(unlocked.GetProperty("approveFollowers").GetBoolean());
        Assert.Empty(await RequestsAsync(star));
        Assert.Equal(3, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
        Assert.Equal(fans.Select(f => f.Id).Order(), (await star.Client.CallAsync("social.getFollowers", new { username = star.Username })).ItemIds().Order());
        foreach (var fan in fans)
        {
            (await fan.Client.CallAsync("post.getById", new { postId = secret })).AssertSuccess();
            Assert.Equal(1, (await fan.Client.ProfileAsync(fan.Username)).Count("followingCount"));
            fan.Dispose();
        }

        var direct = (await late.Client.CallAsync("social.follow", new { username = star.Username })).AssertSuccess();
        Assert.Equal((true, false), (direct.GetProperty("following").GetBoolean(), direct.GetProperty("requested").GetBoolean()));
        Assert.Equal(4, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));
    }

    [Fact]
    public async Task UnlockedAccounts_AreFollowedDirectly_AsBefore()
    {
        await using var cluster = await StartSocialAsync();
        using var star = await JoinAsync(cluster, "star");
        using var fan = await JoinAsync(cluster, "fan");
        Assert.False((await star.Client.CallAsync("settings.get")).AssertSuccess().GetProperty("settings").GetProperty("approveFollowers").GetBoolean());
        var forFollowers = (await star.PostAsync("for my followers", "followers")).Id();

        var followed = (await fan.Client.CallAsync("social.follow", new { username = star.Username })).AssertSuccess();

        Assert.Equal((true, false), (followed.GetProperty("following").GetBoolean(), followed.GetProperty("requested").GetBoolean()));
        var notification = Assert.Single((await star.Client.CallAsync("notification.getNotifications")).AssertSuccess().GetProperty("items").EnumerateArray());
        Assert.Equal("follow", notification.GetProperty("type").GetString());
        Assert.Empty(await RequestsAsync(star));
        (await fan.Client.CallAsync("post.getById", new { postId = forFollowers })).AssertSuccess();
        Assert.Equal(1, (await star.Client.ProfileAsync(star.Username)).Count("followersCount"));

        // Locking later keeps the followers one has.
        await LockAsync(star, profileVisibility: "followers");
        (await fan.Client.CallAsync("post.getById", new { postId = forFollowers })).AssertSuccess();
        Assert.Equal([fan.Id], (await fan.Client.CallAsync("social.getFollowers", new { username = star.Username })).ItemIds());
    }

    [Fact]
    public async Task Answers_CountAgainstTheFollowBudget()
    {
        await using var cluster = await StartSocialAsync(o => o.Configuration["Vrss:RateLimits:social.follow:Limit"] = "3");
        using var star = await JoinAsync(cluster, "star");
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        await LockAsync(star, profileVisibility: "public");
        await ada.FollowAsync(star);
        await bob.FollowAsync(star);

        // An acceptance makes a follow edge, so answering shares social.follow's budget with following.
        var response = await star.Client.CallAsync("social.respondFollowRequest", new { username = ada.Username, accept = true });
        Assert.True(response.AssertSuccess().GetProperty("accepted").GetBoolean());
        Assert.Equal(("3", "2"), (response.Header("X-RateLimit-Limit"), response.Header("X-RateLimit-Remaining")));
        await star.FollowAsync(ada);
        var second = await star.Client.CallAsync("social.respondFollowRequest", new { username = bob.Username, accept = false });
        second.AssertSuccess();
        Assert.Equal("0", second.Header("X-RateLimit-Remaining"));
        (await star.Client.CallAsync("social.respondFollowRequest", new { username = bob.Username, accept = true })).AssertError(429, 1500);
    }

    private static async Task<JsonElement> LockAsync(Member member, string profileVisibility) =>
        (await member.Client.CallAsync("settings.updatePrivacy", new { approveFollowers = true, profileVisibility })).AssertSuccess().GetProperty("settings");

    private static async Task<List<JsonElement>> RequestsAsync(Member member) =>
        await SocialCalls.AllPagesAsync(cursor => member.Client.CallAsync("social.getFollowRequests", new { cursor, limit = 2 }));

    // What a non-follower of a followers-only profile sees: no followers-only post anywhere, the card only, no lists.
    private static async Task AssertOutsiderAsync(Member outsider, Member owner, string followersPost)
    {
        (await outsider.Client.CallAsync("post.getById", new { postId = followersPost })).AssertError(404, 1303);
        Assert.DoesNotContain(followersPost, await outsider.HomeIdsAsync());
        Assert.DoesNotContain(followersPost, (await outsider.Client.CallAsync("post.getByUser", new { username = owner.Username })).ItemIds());
        var profile = await outsider.Client.ProfileAsync(owner.Username);
        Assert.True(profile.GetProperty("restricted").GetBoolean());
        Assert.False(profile.GetProperty("isFollowing").GetBoolean());
        (await outsider.Client.CallAsync("social.getFollowers", new { username = owner.Username })).AssertError(403, 1100);
    }
}
