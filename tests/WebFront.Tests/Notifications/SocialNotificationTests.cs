using System.Diagnostics;
using System.Text.Json;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Notifications;

/// <summary>
/// Notifications and live events caused by the real social procedures, end to end over HTTP with a real SSE
/// client: every notification type, mentions and their visibility, repeated reactions, and the home feed's
/// <c>feed.update</c> and <c>post.delete</c> events, live and replayed.
/// </summary>
public abstract class SocialNotificationTests : ProductTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task EachNotificationType_ArrivesWithinOneSecondOfTheActionThatCausesIt()
    {
        await using var cluster = await StartAsync();
        var (recipientClient, recipient) = await JoinAsync(cluster);
        var (actorClient, actor) = await JoinAsync(cluster);
        var (thirdClient, third) = await JoinAsync(cluster);
        var postId = await PostAsync(recipientClient, "a post to react to");
        var thirdsPost = await PostAsync(thirdClient, "someone else's post");
        var outgoing = (await recipientClient.CallAsync("social.requestConnection", new { userId = actor.Id })).AssertSuccess().GetProperty("request").GetProperty("id").GetString();
        await using var stream = await SseClient.OpenAsync(recipientClient);

        var actions = new (string Type, string? PostId, RpcClient Client, string Procedure, object Input)[]
        {
            ("follow", null, actorClient, "social.follow", new { username = recipient.Username }),
            ("reaction", postId, actorClient, "post.react", new { postId, reaction = "like" }),
            ("comment", postId, actorClient, "post.comment", new { postId, content = "nice" }),
            ("connection_request", null, thirdClient, "social.requestConnection", new { userId = recipient.Id }),
            ("connection_accepted", null, actorClient, "social.respondConnection", new { requestId = outgoing, accept = true }),
            ("mention", null, actorClient, "post.create", new { type = "text_short", content = $"hello @{recipient.Username}", visibility = "public" }),
            ("mention", thirdsPost, actorClient, "post.comment", new { postId = thirdsPost, content = $"@{recipient.Username.ToUpperInvariant()} look" }),
        };
        foreach (var (type, expectedPost, client, procedure, input) in actions)
        {
            var started = Stopwatch.GetTimestamp();
            var response = (await client.CallAsync(procedure, input)).AssertSuccess();
            var received = await stream.NextAsync();

            var latency = Stopwatch.GetElapsedTime(started, received.ReceivedAt);
            Assert.True(latency < s_bound, $"{procedure} → {type} took {latency.TotalMilliseconds} ms");
            Assert.Equal("notification", received.Event);
            var data = received.Json;
            Assert.Equal(type, data.GetProperty("type").GetString());
            Assert.Equal(client == thirdClient ? third.Id : actor.Id, data.GetProperty("actor").GetProperty("id").GetString());
            var post = expectedPost ?? (procedure == "post.create" ? response.GetProperty("post").GetProperty("id").GetString() : null);
            Assert.Equal(post, data.GetProperty("postId").GetString());
        }

        var list = (await recipientClient.CallAsync("notification.getNotifications")).AssertSuccess();
        Assert.Equal(["mention", "mention", "connection_accepted", "connection_request", "comment", "reaction", "follow"], Types(list));
        Assert.Equal(7, list.GetProperty("unreadCount").GetInt32());
        Assert.Null(await stream.TryNextAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task RepeatedReactions_ByOneUserToOnePost_AreOneNotificationAndOneEvent()
    {
        await using var cluster = await StartAsync();
        var (authorClient, _) = await JoinAsync(cluster);
        var (fanClient, _) = await JoinAsync(cluster);
        var postId = await PostAsync(authorClient, "react to me");
        await using var stream = await SseClient.OpenAsync(authorClient);

        foreach (var reaction in new[] { "like", "love", "wow" })
        {
            (await fanClient.CallAsync("post.react", new { postId, reaction })).AssertSuccess();
        }

        (await fanClient.CallAsync("post.unreact", new { postId })).AssertSuccess();
        (await fanClient.CallAsync("post.react", new { postId, reaction = "laugh" })).AssertSuccess();

        Assert.Equal("reaction", (await stream.NextAsync()).Json.GetProperty("type").GetString());
        Assert.Null(await stream.TryNextAsync(TimeSpan.FromMilliseconds(500)));
        var list = (await authorClient.CallAsync("notification.getNotifications")).AssertSuccess();
        Assert.Equal(["reaction"], Types(list));
    }

    [Fact]
    public async Task Mentions_ReachOnlyReadersOfThePost_OncePerPostOrComment_AndNeverTheAuthor()
    {
        await using var cluster = await StartAsync();
        var (authorClient, author) = await JoinAsync(cluster);
        var (readerClient, reader) = await JoinAsync(cluster);
        var (followerClient, follower) = await JoinAsync(cluster);
        (await followerClient.CallAsync("social.follow", new { userId = author.Id })).AssertSuccess();
        var everyone = $"@{reader.Username} @{follower.Username} @{author.Username} @{reader.Username} @nobody_by_that_name";

        var hidden = await PostAsync(authorClient, "private " + everyone, "private");
        var forFollowers = await PostAsync(authorClient, "followers " + everyone, "followers");
        var open = await PostAsync(authorClient, "public " + everyone, "public");
        (await readerClient.CallAsync("post.comment", new { postId = open, content = $"@{author.Username} and @{follower.Username}" })).AssertSuccess();

        var readers = Items((await readerClient.CallAsync("notification.getNotifications")).AssertSuccess());
        var followers = Items((await followerClient.CallAsync("notification.getNotifications")).AssertSuccess());
        var authors = Items((await authorClient.CallAsync("notification.getNotifications")).AssertSuccess());

        Assert.Equal([("mention", open)], readers.Select(Summary));
        Assert.Equal([("mention", open), ("mention", open), ("mention", forFollowers)], followers.Select(Summary));
        Assert.Equal([("comment", open), ("follow", null)], authors.Select(Summary));
        Assert.DoesNotContain(hidden, readers.Concat(followers).Select(n => n.GetProperty("postId").GetString()));
    }

    [Fact]
    public async Task NewPostOfAFollowee_IsAFeedUpdate_AndItsDeletionAPostDelete()
    {
        await using var cluster = await StartAsync();
        var (readerClient, _) = await JoinAsync(cluster);
        var (authorClient, author) = await JoinAsync(cluster);
        (await readerClient.CallAsync("social.follow", new { userId = author.Id })).AssertSuccess();
        await using var stream = await SseClient.OpenAsync(readerClient);

        var started = Stopwatch.GetTimestamp();
        var postId = await PostAsync(authorClient, "fresh off the press", "followers");
        var update = await stream.NextAsync();
        Assert.True(Stopwatch.GetElapsedTime(started, update.ReceivedAt) < s_bound);
        await PostAsync(authorClient, "only for me", "private");
        var own = await PostAsync(readerClient, "my own post");
        var ownUpdate = await stream.NextAsync();
        (await authorClient.CallAsync("post.delete", new { postId })).AssertSuccess();
        var deletion = await stream.NextAsync();

        Assert.Equal("feed.update", update.Event);
        var post = update.Json.GetProperty("post");
        Assert.Equal(postId, post.GetProperty("id").GetString());
        Assert.Equal("fresh off the press", post.GetProperty("content").GetString());
        Assert.Equal(author.Username, post.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal("feed.update", ownUpdate.Event);
        Assert.Equal(own, ownUpdate.Json.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal("post.delete", deletion.Event);
        Assert.Equal(postId, deletion.Json.GetProperty("postId").GetString());
        Assert.Null(await stream.TryNextAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task PostMadePrivate_LeavesFollowersFeeds_AsAPostDelete_AndComesBackWhenShownAgain()
    {
        await using var cluster = await StartAsync();
        var (readerClient, _) = await JoinAsync(cluster);
        var (authorClient, author) = await JoinAsync(cluster);
        (await readerClient.CallAsync("social.follow", new { userId = author.Id })).AssertSuccess();
        var postId = await PostAsync(authorClient, "now you see it");
        await using var stream = await SseClient.OpenAsync(readerClient);
        await using var authorStream = await SseClient.OpenAsync(authorClient);

        (await authorClient.CallAsync("post.update", new { postId, visibility = "private" })).AssertSuccess();
        var hidden = await stream.NextAsync();
        var homeWhileHidden = (await readerClient.CallAsync("feed.getHome")).AssertSuccess().GetProperty("items");
        (await authorClient.CallAsync("post.update", new { postId, visibility = "followers" })).AssertSuccess();
        var shown = await stream.NextAsync();

        Assert.Equal("post.delete", hidden.Event);
        Assert.Equal(postId, hidden.Json.GetProperty("postId").GetString());
        Assert.Equal(0, homeWhileHidden.GetArrayLength());
        Assert.Equal("feed.update", shown.Event);
        Assert.Equal(postId, shown.Json.GetProperty("post").GetProperty("id").GetString());

        // The author keeps the post in their own feed throughout: only its return is news to them.
        var authorEvent = await authorStream.NextAsync();
        Assert.Equal("feed.update", authorEvent.Event);
        Assert.Null(await authorStream.TryNextAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Resume_ReplaysMissedFeedUpdatesAsThePostsAreNow_AndLeavesOutDeletedOnes()
    {
        await using var cluster = await StartAsync();
        var (readerClient, _) = await JoinAsync(cluster);
        var (authorClient, author) = await JoinAsync(cluster);
        (await readerClient.CallAsync("social.follow", new { userId = author.Id })).AssertSuccess();
        string lastSeen;
        await using (var first = await SseClient.OpenAsync(readerClient))
        {
            await PostAsync(authorClient, "seen live");
            lastSeen = (await first.NextAsync()).Id!;
        }

        var kept = await PostAsync(authorClient, "missed, then edited");
        var gone = await PostAsync(authorClient, "missed, then deleted");
        (await authorClient.CallAsync("post.update", new { postId = kept, content = "edited while you were away" })).AssertSuccess();
        (await authorClient.CallAsync("post.delete", new { postId = gone })).AssertSuccess();

        await using var resumed = await SseClient.OpenAsync(readerClient, lastSeen);
        var replayed = await resumed.TakeAsync(2);

        Assert.Equal(["feed.update", "post.delete"], replayed.Select(e => e.Event));
        Assert.Equal(kept, replayed[0].Json.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal("edited while you were away", replayed[0].Json.GetProperty("post").GetProperty("content").GetString());
        Assert.Equal(gone, replayed[1].Json.GetProperty("postId").GetString());
        var from = long.Parse(lastSeen, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([from + 1, from + 3], replayed.Select(e => e.NumericId));
        Assert.Null(await resumed.TryNextAsync(TimeSpan.FromMilliseconds(300)));
    }

    private static async Task<(RpcClient Client, TestAccount Account)> JoinAsync(TestCluster cluster)
    {
        var client = Client(cluster);
        return (client, await client.RegisterAsync());
    }

    private static async Task<string> PostAsync(RpcClient client, string content, string visibility = "public") =>
        (await client.CallAsync("post.create", new { type = "text_short", content, visibility })).AssertSuccess().GetProperty("post").GetProperty("id").GetString()!;

    private static List<JsonElement> Items(JsonElement data) => [.. data.GetProperty("items").EnumerateArray()];

    private static List<string?> Types(JsonElement data) => [.. Items(data).Select(i => i.GetProperty("type").GetString())];

    private static (string?, string?) Summary(JsonElement notification) =>
        (notification.GetProperty("type").GetString(), notification.GetProperty("postId").GetString());
}
