using Vrss.GrainInterfaces.Moderation;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Moderation;

/// <summary>
/// Silence and suspension (issue 15, item 4), read back on every read path after each action: profile,
/// post.getById, post.getByUser, home feeds, discovery and search.
/// </summary>
public abstract class AccountActionTests : SocialTests
{
    [Fact]
    public async Task Silencing_TakesPostsOutOfDiscoveryAndSearch_ButNotFromFollowers()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var author = await JoinAsync(cluster, "loud");
        using var follower = await JoinAsync(cluster, "fan");
        using var stranger = await JoinAsync(cluster, "other");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        await follower.FollowAsync(author);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var post = (await author.PostAsync($"buy now {word}")).Id();
        Assert.Contains(post, await DiscoverAsync(stranger));

        (await stranger.Client.CallAsync("admin.silenceUser", new { userId = author.Id, reason = "spam" })).AssertError(403, 1101);
        (await moderator.Client.CallAsync("admin.silenceUser", new { userId = author.Id })).AssertError(400, 1202);
        var account = (await moderator.Client.CallAsync("admin.silenceUser", new { userId = author.Id, reason = "spam" })).AssertSuccess();
        Assert.Equal("silenced", account.GetProperty("status").GetString());

        Assert.DoesNotContain(post, await DiscoverAsync(stranger));
        Assert.Empty((await stranger.Client.CallAsync("discovery.searchPosts", new { query = word })).ItemIds());
        Assert.DoesNotContain(author.Id, (await stranger.Client.CallAsync("discovery.searchUsers", new { query = author.Username })).ItemIds());
        // Followers keep it; the profile and the post stay readable.
        Assert.Contains(post, await follower.HomeIdsAsync());
        (await stranger.Client.CallAsync("post.getById", new { postId = post })).AssertSuccess();
        await stranger.Client.ProfileAsync(author.Username);

        (await moderator.Client.CallAsync("admin.unsilenceUser", new { userId = author.Id, reason = "appeal" })).AssertSuccess();
        Assert.Contains(post, await DiscoverAsync(stranger));
        Assert.Equal([post], (await stranger.Client.CallAsync("discovery.searchPosts", new { query = word })).ItemIds());

        var admin = moderator;
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        Assert.Equal(["unsilence", "silence"], (await Staff.AuditOfAsync(admin, author)).Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Suspending_RefusesSignIn_EndsSessions_AndHidesProfileAndPosts_UntilLifted()
    {
        await using var cluster = await StartSocialAsync();
        using var moderator = await JoinAsync(cluster, "mod");
        using var author = await JoinAsync(cluster, "bad");
        using var follower = await JoinAsync(cluster, "fan");
        using var stranger = await JoinAsync(cluster, "other");
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);
        await follower.FollowAsync(author);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var post = (await author.PostAsync($"hello {word}")).Id();
        Assert.Contains(post, await follower.HomeIdsAsync());

        var account = (await moderator.Client.CallAsync("admin.suspendUser", new { userId = author.Id, reason = "abuse" })).AssertSuccess();
        Assert.Equal("suspended", account.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, account.GetProperty("suspendedAt").ValueKind);

        // Signed out everywhere, and refused at sign-in (once the password is right).
        (await author.Client.CallAsync("auth.getSession")).AssertError(401, 1000);
        using var again = Client(cluster);
        (await again.CallAsync("auth.login", new { login = author.Username, password = TestAccounts.DefaultPassword })).AssertError(403, 1102);
        (await again.CallAsync("auth.login", new { login = author.Username, password = "Wrong-Horse-42" })).AssertError(401, 1001);

        // Hidden on every read path.
        (await stranger.Client.CallAsync("user.getProfile", new { username = author.Username })).AssertError(404, 1302);
        (await follower.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        (await follower.Client.CallAsync("post.getComments", new { postId = post })).AssertError(404, 1303);
        Assert.Empty((await follower.Client.CallAsync("post.getByUser", new { userId = author.Id })).ItemIds());
        Assert.DoesNotContain(post, await follower.HomeIdsAsync());
        Assert.DoesNotContain(post, await DiscoverAsync(stranger));
        Assert.Empty((await stranger.Client.CallAsync("discovery.searchPosts", new { query = word })).ItemIds());
        Assert.DoesNotContain(author.Id, (await stranger.Client.CallAsync("discovery.searchUsers", new { query = author.Username })).ItemIds());
        (await stranger.Client.CallAsync("social.getFollowing", new { userId = author.Id })).AssertError(404, 1302);
        Assert.Empty((await follower.Client.CallAsync("social.getFollowing", new { userId = follower.Id })).ItemIds());
        // Staff still see the profile they act on.
        (await moderator.Client.CallAsync("user.getProfile", new { username = author.Username })).AssertSuccess();
        var shown = (await moderator.Client.CallAsync("admin.getAccount", new { username = author.Username })).AssertSuccess();
        Assert.Equal("suspended", shown.GetProperty("status").GetString());
        Assert.Equal(author.Account.Email, shown.GetProperty("email").GetString());
        (await stranger.Client.CallAsync("admin.getAccount", new { userId = author.Id })).AssertError(403, 1101);

        (await moderator.Client.CallAsync("admin.unsuspendUser", new { userId = author.Id, reason = "served" })).AssertSuccess();
        await again.LoginAsync(author.Username, TestAccounts.DefaultPassword);
        (await stranger.Client.CallAsync("post.getById", new { postId = post })).AssertSuccess();
        Assert.Contains(post, await follower.HomeIdsAsync());
        Assert.Equal([post], (await follower.Client.CallAsync("post.getByUser", new { userId = author.Id })).ItemIds());
        await stranger.Client.ProfileAsync(author.Username);
        (await stranger.Client.CallAsync("social.getFollowing", new { userId = author.Id })).AssertSuccess();
        Assert.Equal([author.Id], (await follower.Client.CallAsync("social.getFollowing", new { userId = follower.Id })).ItemIds());
    }

    [Fact]
    public async Task StaffActions_RefuseSelf_AndModeratorsCannotTouchAdmins()
    {
        await using var cluster = await StartSocialAsync();
        using var admin = await JoinAsync(cluster, "admin");
        using var moderator = await JoinAsync(cluster, "mod");
        await Staff.AppointAsync(cluster, admin, AccountRole.Admin);
        await Staff.AppointAsync(cluster, moderator, AccountRole.Moderator);

        (await moderator.Client.CallAsync("admin.suspendUser", new { userId = moderator.Id, reason = "x" })).AssertError(400, 1201);
        (await moderator.Client.CallAsync("admin.suspendUser", new { userId = admin.Id, reason = "coup" })).AssertError(403, 1101);
        (await moderator.Client.CallAsync("admin.suspendUser", new { userId = "no-such-user", reason = "x" })).AssertError(404, 1302);
        Assert.Equal("admin", await Staff.RoleAsync(admin));
    }

    private static async Task<List<string>> DiscoverAsync(Member member) =>
        (await member.Client.CallAsync("discovery.getDiscoverFeed", new { limit = 100 })).ItemIds();
}
