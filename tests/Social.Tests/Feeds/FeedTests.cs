using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Grains.Feeds;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Feeds;

/// <summary><c>feed.getHome</c> over HTTP: content, order, follow and unfollow, deletion, bound, rebuild, fan-out limits.</summary>
public abstract class FeedTests : SocialTests
{
    [Fact]
    public async Task Home_HasTheUsersAndTheirFolloweesPosts_NewestFirst()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        using var carl = await JoinAsync(cluster, "carl", 2);
        using var dave = await JoinAsync(cluster, "dave");
        await ada.FollowAsync(bob);
        await ada.FollowAsync(carl);
        (await ada.HomeAsync()).AssertSuccess();
        var expected = new List<string>();
        foreach (var (author, i) in new[] { ada, bob, dave, carl, bob, ada, dave, carl }.Select((a, i) => (a, i)))
        {
            var id = (await PostSlowlyAsync(author, $"post {i}")).Id();
            if (author != dave)
            {
                expected.Insert(0, id);
            }
        }

        Assert.Equal(expected, await ada.HomeIdsAsync(pageSize: 3));
        var first = (await ada.HomeAsync(limit: 2)).AssertSuccess();
        Assert.Equal(expected.Take(2), first.GetProperty("items").EnumerateArray().Select(SocialCalls.Id));
        Assert.Equal(JsonValueKind.String, first.GetProperty("nextCursor").ValueKind);
        var newest = first.GetProperty("items")[0];
        Assert.Equal(carl.Id, newest.GetProperty("author").Id());
        Assert.Equal(carl.Username, newest.GetProperty("author").GetProperty("username").GetString());
        Assert.Equal("post 7", newest.GetProperty("content").GetString());
        (await ada.HomeAsync(limit: 0)).AssertError(400, 1201);
        (await ada.Client.CallAsync("feed.getHome", new { cursor = "garbage!" })).AssertError(400, 1203);
        (await Client(cluster).CallAsync("feed.getHome")).AssertError(401, 1000);
    }

    [Fact]
    public async Task Follow_MergesTheFolloweesRecentPosts_AndUnfollowRemovesThem()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob", 1);
        var own = (await PostSlowlyAsync(ada, "mine")).Id();
        var bobs = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            bobs.Insert(0, (await PostSlowlyAsync(bob, $"bob {i}")).Id());
        }

        Assert.Equal([own], await ada.HomeIdsAsync());
        await ada.FollowAsync(bob);
        Assert.Equal([.. bobs, own], await ada.HomeIdsAsync());
        var later = (await PostSlowlyAsync(bob, "after the follow")).Id();
        Assert.Equal([later, .. bobs, own], await ada.HomeIdsAsync());

        await ada.UnfollowAsync(bob);
        Assert.Equal([own], await ada.HomeIdsAsync());
        await PostSlowlyAsync(bob, "after the unfollow");
        Assert.Equal([own], await ada.HomeIdsAsync());
    }

    [Fact]
    public async Task DeletedPosts_LeaveEveryFeed_ActiveOrNot()
    {
        await using var cluster = await StartSocialAsync();
        using var bob = await JoinAsync(cluster, "bob");
        var readers = await JoinManyAsync(cluster, 3, "reader");
        foreach (var reader in readers)
        {
            await reader.FollowAsync(bob);
        }

        (await readers[0].HomeAsync()).AssertSuccess();
        (await readers[1].HomeAsync()).AssertSuccess();
        var kept = (await PostSlowlyAsync(bob, "kept")).Id();
        var deleted = (await PostSlowlyAsync(bob, "deleted")).Id();
        Assert.All(readers.Take(2), r => Assert.Contains(deleted, r.HomeIdsAsync().Result));

        (await bob.Client.CallAsync("post.delete", new { postId = deleted })).AssertSuccess();

        foreach (var feedOwner in readers.Append(bob))
        {
            Assert.Equal([kept], await feedOwner.HomeIdsAsync());
        }

        foreach (var reader in readers)
        {
            reader.Dispose();
        }
    }

    [Fact]
    public async Task Feed_KeepsAtMostMaxItems_TheNewest()
    {
        await using var cluster = await StartSocialAsync(o => o.Configuration["Vrss:Feeds:MaxItems"] = "5");
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        var bobs = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            bobs.Insert(0, (await PostSlowlyAsync(bob, $"bob {i}")).Id());
        }

        await ada.FollowAsync(bob);
        Assert.Equal(bobs.Take(5), await ada.HomeIdsAsync(pageSize: 2));
        for (var i = 0; i < 3; i++)
        {
            bobs.Insert(0, (await PostSlowlyAsync(bob, $"more {i}")).Id());
        }

        Assert.Equal(bobs.Take(5), await ada.HomeIdsAsync(pageSize: 2));
        Assert.Equal(bobs.Take(5), await bob.HomeIdsAsync(pageSize: 2));
    }

    [Fact]
    public async Task AFeedThatIsNotActive_RebuildsFromTheTables()
    {
        await using var cluster = await StartSocialAsync();
        using var ada = await JoinAsync(cluster, "ada");
        using var bob = await JoinAsync(cluster, "bob");
        await ada.FollowAsync(bob);
        var before = (await PostSlowlyAsync(bob, "before")).Id();

        // Nobody read ada's feed: no activation holds it, so fan-out skipped it...
        Assert.False(await IsActiveAnywhereAsync(cluster, GrainId.Create("feed", ada.Id)));

        // ...and its first read builds it from the tables.
        Assert.Equal([before], await ada.HomeIdsAsync());
        Assert.True(await IsActiveAnywhereAsync(cluster, GrainId.Create("feed", ada.Id)));
    }

    [Fact]
    public async Task AFeedNobodyReads_StopsTakingFanOut_AndRebuildsWhenReadAgain()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartSocialAsync(o =>
        {
            o.TimeProvider = clock;
            o.Configuration["Vrss:Feeds:InactiveAfter"] = "00:02:00";
        });
        using var ada = await JoinAsync(cluster, "ada");
        using var reader = await JoinAsync(cluster, "reader");
        using var bob = await JoinAsync(cluster, "bob");
        await ada.FollowAsync(bob);
        await reader.FollowAsync(bob);
        (await ada.HomeAsync()).AssertSuccess();
        (await reader.HomeAsync()).AssertSuccess();
        var adaFeed = GrainId.Create("feed", ada.Id);

        clock.Advance(TimeSpan.FromMinutes(3));
        (await reader.HomeAsync()).AssertSuccess();
        var post = (await bob.PostAsync("while ada was away")).Id();

        // The delivery found ada's feed idle for longer than InactiveAfter: it deactivates instead of keeping up.
        await EventuallyAsync(async () => !await IsActiveAnywhereAsync(cluster, adaFeed));
        Assert.True(await IsActiveAnywhereAsync(cluster, GrainId.Create("feed", reader.Id)));
        Assert.Equal([post], await ada.HomeIdsAsync());
        Assert.Equal([post], await reader.HomeIdsAsync());
    }

    [Fact]
    public async Task PulledAuthors_AreMergedAtReadTime_InOrder_CompleteAndWithoutDuplicates_AcrossPages_WhilePostsArrive()
    {
        await using var cluster = await StartSocialAsync(o => o.Configuration["Vrss:Feeds:FanOutFollowerLimit"] = "2");
        using var reader = await JoinAsync(cluster, "reader");
        using var star = await JoinAsync(cluster, "star", 1);
        using var ann = await JoinAsync(cluster, "ann", 2);
        using var ben = await JoinAsync(cluster, "ben");
        var crowd = await JoinManyAsync(cluster, 3, "crowd");
        await reader.FollowAsync(ann);
        await reader.FollowAsync(ben);
        (await reader.HomeAsync()).AssertSuccess();
        foreach (var fan in crowd.Append(reader))
        {
            await fan.FollowAsync(star);
        }

        var pulled = cluster.ServiceProvider.GetRequiredService<IPullAuthorRepository>();
        Assert.True(await pulled.IsPulledAsync(star.Id));
        Assert.False(await pulled.IsPulledAsync(ann.Id));

        var posted = new List<string>();
        var authors = new[] { star, ann, star, star, ben, ann, reader, star, ben, star, ann, star };
        foreach (var (author, i) in authors.Select((a, i) => (a, i)))
        {
            posted.Insert(0, (await PostSlowlyAsync(author, $"post {i}")).Id());
        }

        await PostSlowlyAsync(star, "only the star sees this", "private");

        // New posts keep arriving between pages: they are newer than the walk's start, so the walk neither repeats
        // nor skips anything.
        var arrived = new List<string>();
        var walk = await SocialCalls.AllPagesAsync(
            cursor => reader.HomeAsync(3, cursor),
            async n =>
            {
                arrived.Insert(0, (await PostSlowlyAsync(n % 2 == 0 ? star : ann, $"arrived {n}")).Id());
            });

        Assert.Equal(posted, SocialCalls.Ids(walk));
        Assert.Equal(3, arrived.Count);
        Assert.Equal([.. arrived, .. posted], await reader.HomeIdsAsync(pageSize: 4));

        // The star drops to the limit and is fanned out again; the feed still holds every post once, in order.
        await crowd[0].UnfollowAsync(star);
        await crowd[1].UnfollowAsync(star);
        Assert.False(await pulled.IsPulledAsync(star.Id));
        var pushed = (await PostSlowlyAsync(star, "fanned out again")).Id();
        Assert.Equal([pushed, .. arrived, .. posted], await reader.HomeIdsAsync(pageSize: 5));

        // And back over the limit: pulled again.
        await crowd[0].FollowAsync(star);
        Assert.True(await pulled.IsPulledAsync(star.Id));
        var again = (await PostSlowlyAsync(star, "pulled again")).Id();
        Assert.Equal([again, pushed, .. arrived, .. posted], await reader.HomeIdsAsync(pageSize: 5));
        foreach (var fan in crowd)
        {
            fan.Dispose();
        }
    }

    /// <summary>Posts, then waits a few milliseconds so that posts made one after another never share a millisecond.</summary>
    protected static async Task<JsonElement> PostSlowlyAsync(Member author, string content, string visibility = "public")
    {
        var post = await author.PostAsync(content, visibility);
        await Task.Delay(3);
        return post;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(await condition());
    }

    private static async Task<bool> IsActiveAnywhereAsync(TestCluster cluster, GrainId grainId) =>
        await cluster.RunningSilos[0].WhereIsAsync(grainId) is not null;
}
