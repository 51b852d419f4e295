using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Feeds;

/// <summary>
/// Fan-out uses the follower ids the author's grain holds: after follows, unfollows and an accepted request, a
/// post reaches exactly the active feeds of the followers at that moment.
/// </summary>
public abstract class FollowerFanOutTests : GrainClusterTests
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private static async Task<string> RegisterAsync(TestCluster cluster)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var username = "f_" + Guid.NewGuid().ToString("N")[..20];
        await cluster.GrainFactory.GetGrain<IUserGrain>(id).RegisterAsync(new NewAccount(username, $"{username}@example.com", "Correct-Horse-42", username));
        return id;
    }

    private static async Task<IReadOnlyList<string>> FeedAsync(TestCluster cluster, string userId) =>
        [.. (await cluster.GrainFactory.GetGrain<IFeedGrain>(userId).GetPageAsync(null, 50)).Items.Select(p => p.Id)];

    private async Task<string> PostAsync(TestCluster cluster, string authorId, string content)
    {
        _clock.Advance(TimeSpan.FromSeconds(1));
        return (await cluster.GrainFactory.GetGrain<IUserGrain>(authorId).CreatePostAsync(new PostDraft(PostType.TextShort, content, [], PostVisibility.Public))).Id;
    }

    [Fact]
    public async Task APostReachesExactlyTheCurrentFollowers_AfterFollowsAndUnfollows()
    {
        await using var cluster = await StartAsync(_clock);
        var author = await RegisterAsync(cluster);
        var stays = await RegisterAsync(cluster);
        var leaves = await RegisterAsync(cluster);
        var joins = await RegisterAsync(cluster);
        var stranger = await RegisterAsync(cluster);
        await cluster.GrainFactory.GetGrain<IUserGrain>(stays).FollowAsync(author);
        await cluster.GrainFactory.GetGrain<IUserGrain>(leaves).FollowAsync(author);
        foreach (var reader in new[] { stays, leaves, joins, stranger })
        {
            await FeedAsync(cluster, reader);
        }

        // The first post loads the author's follower ids into its grain; the changes after it must keep them right.
        var first = await PostAsync(cluster, author, "first");
        await cluster.GrainFactory.GetGrain<IUserGrain>(joins).FollowAsync(author);
        await cluster.GrainFactory.GetGrain<IUserGrain>(leaves).UnfollowAsync(author);
        var second = await PostAsync(cluster, author, "second");

        Assert.Equal([second, first], await FeedAsync(cluster, stays));
        Assert.Contains(second, await FeedAsync(cluster, joins));
        Assert.DoesNotContain(second, await FeedAsync(cluster, leaves));
        Assert.DoesNotContain(first, await FeedAsync(cluster, leaves));
        Assert.Empty(await FeedAsync(cluster, stranger));
    }

    [Fact]
    public async Task APostReachesAnAcceptedFollower_OfALockedAccount()
    {
        await using var cluster = await StartAsync(_clock);
        var author = await RegisterAsync(cluster);
        var follower = await RegisterAsync(cluster);
        var authorGrain = cluster.GrainFactory.GetGrain<IUserGrain>(author);
        await authorGrain.UpdateSettingsAsync(new SettingsUpdate(null, null, null, ApproveFollowers: true));
        await FeedAsync(cluster, follower);

        // With no follower yet, this post loads an empty set of ids into the author's grain.
        await PostAsync(cluster, author, "before");

        await cluster.GrainFactory.GetGrain<IUserGrain>(follower).FollowAsync(author);
        await cluster.GrainFactory.GetGrain<Vrss.GrainInterfaces.Social.IFollowRequestsGrain>(author).RespondFollowRequestAsync(follower, accept: true);
        var after = await PostAsync(cluster, author, "after");

        Assert.Contains(after, await FeedAsync(cluster, follower));
    }
}
