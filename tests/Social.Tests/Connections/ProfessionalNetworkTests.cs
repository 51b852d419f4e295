using System.Text.Json;
using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Connections;

/// <summary>
/// Issue 15's professional network over HTTP: removing connections, cancelling and listing outgoing requests, the
/// <c>connections</c> visibility on every read path, comment edits, profile-word search, <c>followRequested</c> and
/// <c>myReaction</c>.
/// </summary>
public abstract class ProfessionalNetworkTests : SocialTests
{
    [Fact]
    public async Task OutgoingRequests_AreListed_AndOnlyTheSenderCancels()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var carl = await JoinAsync(cluster, "carl", 2);

        var toBob = await RequestAsync(ada, bob);
        var toCarl = await RequestAsync(ada, carl);
        Assert.Equal([toCarl, toBob], await OutgoingIdsAsync(ada));
        Assert.Empty(await OutgoingIdsAsync(bob));
        var page = (await ada.Client.CallAsync("social.getOutgoingConnectionRequests", new { limit = 1 })).AssertSuccess();
        var first = page.GetProperty("items")[0];
        Assert.Equal((toCarl, ada.Id, carl.Id, "pending"), (first.Id(), first.GetProperty("from").Id(), first.GetProperty("to").Id(), first.GetProperty("status").GetString()));
        Assert.NotEqual(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);

        // The recipient and a stranger cannot tell it from a missing request.
        (await bob.Client.CallAsync("social.cancelConnectionRequest", new { requestId = toBob })).AssertError(404, 1301);
        (await carl.Client.CallAsync("social.cancelConnectionRequest", new { requestId = toBob })).AssertError(404, 1301);
        (await ada.Client.CallAsync("social.cancelConnectionRequest", new { requestId = "0123456789abcdef0123456789abcdef" })).AssertError(404, 1301);
        (await ada.Client.CallAsync("social.cancelConnectionRequest", new { })).AssertError(400, 1202);
        (await Client(cluster).CallAsync("social.cancelConnectionRequest", new { requestId = toBob })).AssertError(401, 1000);

        (await ada.Client.CallAsync("social.cancelConnectionRequest", new { requestId = toBob })).AssertSuccess();
        (await ada.Client.CallAsync("social.cancelConnectionRequest", new { requestId = toBob })).AssertError(400, 1400);
        Assert.Equal([toCarl], await OutgoingIdsAsync(ada));
        var incoming = (await bob.Client.CallAsync("social.getConnectionRequests", new { })).AssertSuccess();
        Assert.Equal(0, incoming.GetProperty("items").GetArrayLength());
        (await bob.Client.CallAsync("social.respondConnection", new { requestId = toBob, accept = true })).AssertError(400, 1400);

        // A cancelled request frees the pair: either side may ask again.
        var again = await RequestAsync(bob, ada);
        Assert.Equal([again], await OutgoingIdsAsync(bob));
    }

    [Fact]
    public async Task RemoveConnection_EitherSideEndsIt_AndRepeatsAreHarmless()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var carl = await JoinAsync(cluster, "carl", 2);
        await ConnectAsync(ada, bob);
        await ConnectAsync(carl, ada);
        Assert.Equal([carl.Id, bob.Id], await ConnectionIdsAsync(ada));

        (await bob.Client.CallAsync("social.removeConnection", new { username = ada.Username })).AssertSuccess();
        Assert.Equal([carl.Id], await ConnectionIdsAsync(ada));
        Assert.Empty(await ConnectionIdsAsync(bob));
        (await bob.Client.CallAsync("social.removeConnection", new { userId = ada.Id })).AssertSuccess();

        (await ada.Client.CallAsync("social.removeConnection", new { userId = carl.Id })).AssertSuccess();
        Assert.Empty(await ConnectionIdsAsync(carl));

        Assert.Equal("username", (await ada.Client.CallAsync("social.removeConnection", new { username = ada.Username })).AssertError(400, 1201).ErrorField);
        (await ada.Client.CallAsync("social.removeConnection", new { username = "nobody_connects_here" })).AssertError(404, 1302);
        (await Client(cluster).CallAsync("social.removeConnection", new { userId = ada.Id })).AssertError(401, 1000);

        // Removed users may connect again.
        await ConnectAsync(bob, ada);
        Assert.Equal([ada.Id], await ConnectionIdsAsync(bob));
    }

    [Fact]
    public async Task ConnectionsPosts_ReachConnectionsOnly_OnEveryReadPath_UntilTheConnectionEnds()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var carl = await JoinAsync(cluster, "carl", 2);
        using var dora = await JoinAsync(cluster, "dora", 3);
        using var anonymous = Client(cluster);
        await bob.FollowAsync(ada);
        await carl.FollowAsync(ada);
        await ConnectAsync(ada, bob);
        await ConnectAsync(dora, ada);

        var word = UniqueWord("circle");
        var post = (await ada.PostAsync($"Only for my {word}", "connections")).Id();
        var open = (await ada.PostAsync($"Everyone may read {word}", "public")).Id();
        Assert.Equal("connections", (await GetPostAsync(ada, post)).GetProperty("visibility").GetString());

        // Bob (connected and following) and Dora (connected, not following) read it; Carl (following only) and
        // anonymous readers get "not found" everywhere.
        Assert.Equal(post, (await GetPostAsync(bob, post)).Id());
        Assert.Equal(post, (await GetPostAsync(dora, post)).Id());
        (await carl.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        (await anonymous.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        Assert.Equal([open, post], await ByUserAsync(bob.Client, ada));
        Assert.Equal([open, post], await ByUserAsync(dora.Client, ada));
        Assert.Equal([open], await ByUserAsync(carl.Client, ada));
        Assert.Equal([open], await ByUserAsync(anonymous, ada));
        Assert.Equal([open, post], await SearchAsync(bob.Client, word));
        Assert.Equal([open], await SearchAsync(carl.Client, word));
        Assert.Equal([open], await SearchAsync(anonymous, word));
        var discover = (await anonymous.CallAsync("discovery.getDiscoverFeed", new { limit = 100 })).ItemIds();
        Assert.Contains(open, discover);
        Assert.DoesNotContain(post, discover);
        await Poll.UntilAsync(async () => (await bob.HomeIdsAsync()).Contains(post), "the connections post in a connected follower's home feed");
        Assert.Contains(open, await carl.HomeIdsAsync());
        Assert.DoesNotContain(post, await carl.HomeIdsAsync());

        // Comments and reactions go through the same check.
        var comment = (await bob.Client.CallAsync("post.comment", new { postId = post, content = "Seen it" })).AssertSuccess().GetProperty("comment").Id();
        (await bob.Client.CallAsync("post.react", new { postId = post, reaction = "like" })).AssertSuccess();
        (await carl.Client.CallAsync("post.comment", new { postId = post, content = "Me too" })).AssertError(404, 1303);
        (await carl.Client.CallAsync("post.react", new { postId = post, reaction = "like" })).AssertError(404, 1303);
        (await carl.Client.CallAsync("post.getComments", new { postId = post })).AssertError(404, 1303);
        (await anonymous.CallAsync("post.getComments", new { postId = post })).AssertError(404, 1303);

        // Ending the connection takes access away at once, from the feed too.
        (await ada.Client.CallAsync("social.removeConnection", new { username = bob.Username })).AssertSuccess();
        (await bob.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.getComments", new { postId = post })).AssertError(404, 1303);
        (await bob.Client.CallAsync("post.updateComment", new { commentId = comment, content = "Edited" })).AssertError(404, 1303);
        Assert.Equal([open], await ByUserAsync(bob.Client, ada));
        Assert.Equal([open], await SearchAsync(bob.Client, word));
        var bobHome = await bob.HomeIdsAsync();
        Assert.Contains(open, bobHome);
        Assert.DoesNotContain(post, bobHome);
        Assert.Equal(post, (await GetPostAsync(dora, post)).Id());

        // Made public, it reaches every follower's feed; made connections-only again, it leaves Carl's.
        (await ada.Client.CallAsync("post.update", new { postId = post, visibility = "public" })).AssertSuccess();
        await Poll.UntilAsync(async () => (await carl.HomeIdsAsync()).Contains(post), "the post made public in a follower's feed");
        (await ada.Client.CallAsync("post.update", new { postId = post, visibility = "connections" })).AssertSuccess();
        Assert.DoesNotContain(post, await carl.HomeIdsAsync());
        (await carl.Client.CallAsync("post.getById", new { postId = post })).AssertError(404, 1303);
    }

    [Fact]
    public async Task ConnectionsProfiles_AndDefaultVisibility_ShowToConnectionsOnly()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var carl = await JoinAsync(cluster, "carl", 2);
        await carl.FollowAsync(ada);
        await ConnectAsync(ada, bob);

        var settings = (await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "connections", defaultPostVisibility = "connections" }))
            .AssertSuccess().GetProperty("settings");
        Assert.Equal(("connections", "connections"), (settings.GetProperty("profileVisibility").GetString(), settings.GetProperty("defaultPostVisibility").GetString()));
        (await ada.Client.CallAsync("user.updateProfile", new { bio = "Builds bridges" })).AssertSuccess();

        Assert.Equal("Builds bridges", (await bob.Client.ProfileAsync(ada.Username)).GetProperty("bio").GetString());
        Assert.Equal("Builds bridges", (await ada.Client.ProfileAsync(ada.Username)).GetProperty("bio").GetString());
        var hidden = await carl.Client.ProfileAsync(ada.Username);
        Assert.True(hidden.GetProperty("restricted").GetBoolean());
        Assert.False(hidden.TryGetProperty("bio", out _));
        Assert.True((await Client(cluster).ProfileAsync(ada.Username)).GetProperty("restricted").GetBoolean());
        (await bob.Client.CallAsync("social.getFollowers", new { username = ada.Username })).AssertSuccess();
        (await carl.Client.CallAsync("social.getFollowers", new { username = ada.Username })).AssertError(403, 1100);

        var post = (await ada.Client.CallAsync("post.create", new { type = "text_short", content = "Default audience" })).AssertSuccess().GetProperty("post");
        Assert.Equal("connections", post.GetProperty("visibility").GetString());
        (await carl.Client.CallAsync("post.getById", new { postId = post.Id() })).AssertError(404, 1303);

        (await bob.Client.CallAsync("social.removeConnection", new { userId = ada.Id })).AssertSuccess();
        Assert.True((await bob.Client.ProfileAsync(ada.Username)).GetProperty("restricted").GetBoolean());
        (await bob.Client.CallAsync("post.getById", new { postId = post.Id() })).AssertError(404, 1303);
        Assert.Equal("visibility", Invalid(await ada.Client.CallAsync("post.create", new { type = "text_short", content = "x", visibility = "friends" })));
    }

    [Fact]
    public async Task Comments_AreEditedByTheirAuthorOnly_AndShowWhen()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        var post = (await ada.PostAsync("Thoughts?")).Id();
        var created = (await bob.Client.CallAsync("post.comment", new { postId = post, content = "First tkae" })).AssertSuccess().GetProperty("comment");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("editedAt").ValueKind);

        var edited = (await bob.Client.CallAsync("post.updateComment", new { commentId = created.Id(), content = "First take" })).AssertSuccess().GetProperty("comment");
        Assert.Equal((created.Id(), post, "First take", bob.Id), (edited.Id(), edited.GetProperty("postId").GetString(), edited.GetProperty("content").GetString(), edited.GetProperty("author").Id()));
        Assert.Equal(created.GetProperty("createdAt").GetString(), edited.GetProperty("createdAt").GetString());
        var editedAt = edited.GetProperty("editedAt").GetDateTimeOffset();
        Assert.True(editedAt >= created.GetProperty("createdAt").GetDateTimeOffset());

        var listed = (await ada.Client.CallAsync("post.getComments", new { postId = post })).AssertSuccess().GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("First take", editedAt), (listed.GetProperty("content").GetString(), listed.GetProperty("editedAt").GetDateTimeOffset()));
        Assert.Equal(1, (await GetPostAsync(ada, post)).GetProperty("commentCount").GetInt32());

        // The post's author may delete the comment but not put words in the commenter's mouth.
        (await ada.Client.CallAsync("post.updateComment", new { commentId = created.Id(), content = "Rewritten" })).AssertError(403, 1100);
        (await ada.Client.CallAsync("post.updateComment", new { commentId = "0123456789abcdef0123456789abcdef", content = "x" })).AssertError(404, 1301);
        Assert.Equal("content", Invalid(await bob.Client.CallAsync("post.updateComment", new { commentId = created.Id(), content = "   " })));
        Assert.Equal("content", Invalid(await bob.Client.CallAsync("post.updateComment", new { commentId = created.Id(), content = new string('a', 2001) })));
        (await bob.Client.CallAsync("post.updateComment", new { content = "x" })).AssertError(400, 1202);
        (await Client(cluster).CallAsync("post.updateComment", new { commentId = created.Id(), content = "x" })).AssertError(401, 1000);
        var after = (await ada.Client.CallAsync("post.getComments", new { postId = post })).AssertSuccess().GetProperty("items")[0];
        Assert.Equal("First take", after.GetProperty("content").GetString());
    }

    [Fact]
    public async Task UserSearch_FindsHeadlineBioCreditsAndEducation_OfPublicProfilesOnly()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var anonymous = Client(cluster);
        var (craft, bridge, school, hobby) = (UniqueWord("glass"), UniqueWord("bridge"), UniqueWord("poly"), UniqueWord("kite"));
        var profile = (await ada.Client.CallAsync("user.updateProfile", new
        {
            headline = $"  Principal {craft}blower  ",
            bio = $"Weekends: {hobby} flying.",
            credits = new[] { new { title = $"The {bridge} project", role = "Lead", year = 2024 } },
            education = new[] { new { institution = $"{school} Institute", field = "Optics" } },
        })).AssertSuccess().GetProperty("profile");
        Assert.Equal($"Principal {craft}blower", profile.GetProperty("headline").GetString());
        Assert.Equal($"Principal {craft}blower", (await anonymous.ProfileAsync(ada.Username)).GetProperty("headline").GetString());

        foreach (var query in new[] { $"{craft}blower", $"principal {craft}BLOWER", bridge, $"{school} institute", hobby, "optics " + school })
        {
            Assert.Equal([ada.Id], await SearchUsersAsync(anonymous, query));
        }

        Assert.Empty(await SearchUsersAsync(anonymous, $"{craft}blower {hobby}x"));

        // A name match ranks before a profile-word match.
        (await bob.Client.CallAsync("user.updateProfile", new { displayName = $"{hobby} Fan" })).AssertSuccess();
        Assert.Equal([bob.Id, ada.Id], await SearchUsersAsync(anonymous, hobby));

        // Clearing a field forgets its words; hiding the profile hides them all, showing it again restores them.
        (await ada.Client.CallAsync("user.updateProfile", new { bio = "" })).AssertSuccess();
        Assert.Equal([bob.Id], await SearchUsersAsync(anonymous, hobby));
        (await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "connections" })).AssertSuccess();
        Assert.Empty(await SearchUsersAsync(anonymous, bridge));
        (await ada.Client.CallAsync("settings.updatePrivacy", new { profileVisibility = "public" })).AssertSuccess();
        Assert.Equal([ada.Id], await SearchUsersAsync(bob.Client, bridge));

        Assert.Equal("headline", Invalid(await ada.Client.CallAsync("user.updateProfile", new { headline = new string('h', 121) })));
        Assert.Equal("headline", Invalid(await ada.Client.CallAsync("user.updateProfile", new { headline = "two\nlines" })));
        (await ada.Client.CallAsync("user.updateProfile", new { headline = "" })).AssertSuccess();
        Assert.False((await anonymous.ProfileAsync(ada.Username)).TryGetProperty("headline", out var cleared) && cleared.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Profiles_ShowAPendingFollowRequest_AndPostsShowTheReadersOwnReaction()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var anonymous = Client(cluster);
        (await ada.Client.CallAsync("settings.updatePrivacy", new { approveFollowers = true })).AssertSuccess();

        var before = await bob.Client.ProfileAsync(ada.Username);
        Assert.Equal((false, false), (before.GetProperty("isFollowing").GetBoolean(), before.GetProperty("followRequested").GetBoolean()));
        Assert.True((await bob.Client.CallAsync("social.follow", new { username = ada.Username })).AssertSuccess().GetProperty("requested").GetBoolean());
        var requested = await bob.Client.ProfileAsync(ada.Username);
        Assert.Equal((false, true), (requested.GetProperty("isFollowing").GetBoolean(), requested.GetProperty("followRequested").GetBoolean()));
        Assert.False((await anonymous.ProfileAsync(ada.Username)).TryGetProperty("followRequested", out _));
        Assert.False((await ada.Client.ProfileAsync(ada.Username)).TryGetProperty("followRequested", out _));
        (await ada.Client.CallAsync("social.respondFollowRequest", new { username = bob.Username, accept = true })).AssertSuccess();
        var following = await bob.Client.ProfileAsync(ada.Username);
        Assert.Equal((true, false), (following.GetProperty("isFollowing").GetBoolean(), following.GetProperty("followRequested").GetBoolean()));

        var post = (await ada.PostAsync("React to me")).Id();
        var other = (await ada.PostAsync("Or to me")).Id();
        (await bob.Client.CallAsync("post.react", new { postId = post, reaction = "love" })).AssertSuccess();
        (await ada.Client.CallAsync("post.react", new { postId = other, reaction = "wow" })).AssertSuccess();
        Assert.Equal("love", (await GetPostAsync(bob, post)).GetProperty("myReaction").GetString());
        Assert.False((await GetPostAsync(ada, post)).TryGetProperty("myReaction", out _));
        Assert.False((await anonymous.CallAsync("post.getById", new { postId = post })).AssertSuccess().GetProperty("post").TryGetProperty("myReaction", out _));

        var page = (await ada.Client.CallAsync("post.getByUser", new { username = ada.Username })).AssertSuccess().GetProperty("items").EnumerateArray()
            .ToDictionary(p => p.Id(), p => p.TryGetProperty("myReaction", out var mine) ? mine.GetString() : null);
        Assert.Equal(new Dictionary<string, string?> { [other] = "wow", [post] = null }, page);
        await Poll.UntilAsync(async () => (await bob.HomeIdsAsync()).Contains(post), "ada's post in bob's feed");
        var home = (await bob.HomeAsync()).AssertSuccess().GetProperty("items").EnumerateArray().Single(p => p.Id() == post);
        Assert.Equal("love", home.GetProperty("myReaction").GetString());
        (await bob.Client.CallAsync("post.unreact", new { postId = post })).AssertSuccess();
        Assert.False((await GetPostAsync(bob, post)).TryGetProperty("myReaction", out _));
    }

    // A validation error (400, 1200-1203); the field it names.
    private static string? Invalid(RpcResponse response)
    {
        response.AssertEnvelope();
        Assert.Equal(400, response.StatusCode);
        Assert.InRange(response.ErrorCode ?? 0, 1200, 1203);
        return response.ErrorField;
    }

    private static string UniqueWord(string stem) => stem + Guid.NewGuid().ToString("N")[..8];

    private static async Task<string> RequestAsync(Member from, Member to) =>
        (await from.Client.CallAsync("social.requestConnection", new { username = to.Username })).AssertSuccess().GetProperty("request").Id();

    private static async Task ConnectAsync(Member from, Member to)
    {
        var request = await RequestAsync(from, to);
        (await to.Client.CallAsync("social.respondConnection", new { requestId = request, accept = true })).AssertSuccess();
    }

    private static async Task<List<string>> OutgoingIdsAsync(Member member) =>
        SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => member.Client.CallAsync("social.getOutgoingConnectionRequests", new { cursor, limit = 1 })));

    private static async Task<List<string>> ConnectionIdsAsync(Member member) =>
        (await member.Client.CallAsync("social.getConnections", new { })).AssertSuccess().GetProperty("items").EnumerateArray().Select(SocialCalls.Id).ToList();

    private static async Task<JsonElement> GetPostAsync(Member reader, string postId) =>
        (await reader.Client.CallAsync("post.getById", new { postId })).AssertSuccess().GetProperty("post");

    private static async Task<List<string>> ByUserAsync(RpcClient reader, Member author) =>
        (await reader.CallAsync("post.getByUser", new { username = author.Username })).ItemIds();

    private static async Task<List<string>> SearchAsync(RpcClient reader, string query) =>
        (await reader.CallAsync("discovery.searchPosts", new { query })).ItemIds();

    private static async Task<List<string>> SearchUsersAsync(RpcClient reader, string query) =>
        (await reader.CallAsync("discovery.searchUsers", new { query })).AssertSuccess().GetProperty("items").EnumerateArray().Select(SocialCalls.Id).ToList();
}
