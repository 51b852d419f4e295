using Vrss.Grains.Social;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Social;

/// <summary>The contract of <see cref="IFollowRepository"/>, run against each provider by the derived classes.</summary>
public abstract class FollowRepositoryTests : RepositoryTests
{
    private IFollowRepository Follows => Get<IFollowRepository>();

    [Fact]
    public async Task Follow_ReportsWhetherTheEdgeIsNew()
    {
        var (a, b) = (NewId("a"), NewId("b"));

        Assert.True(await Follows.FollowAsync(a, b, T0));
        Assert.False(await Follows.FollowAsync(a, b, At(1)));
        Assert.True(await Follows.FollowAsync(b, a, At(2)));

        var followers = await Follows.GetFollowersAsync(b, null, 10);
        Assert.Equal([new FollowEdge(a, Micro(T0))], followers.Items);
    }

    [Fact]
    public async Task Follow_Self_IsRefused()
    {
        var a = NewId("a");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Follows.FollowAsync(a, a, T0));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Follows.FollowAsync(a, " ", T0));
        Assert.False(await Follows.IsFollowingAsync(a, a));
    }

    [Fact]
    public async Task Unfollow_ReportsWhetherTheEdgeExisted()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        await Follows.FollowAsync(a, b, T0);
        await Follows.FollowAsync(b, a, T0);

        Assert.True(await Follows.UnfollowAsync(a, b));
        Assert.False(await Follows.UnfollowAsync(a, b));

        Assert.False(await Follows.IsFollowingAsync(a, b));
        Assert.True(await Follows.IsFollowingAsync(b, a));
        Assert.Empty((await Follows.GetFollowersAsync(b, null, 10)).Items);
        Assert.True(await Follows.FollowAsync(a, b, At(1)));
    }

    [Fact]
    public async Task IsFollowing_IsDirected()
    {
        var (a, b) = (NewId("a"), NewId("b"));
        await Follows.FollowAsync(a, b, T0);

        Assert.True(await Follows.IsFollowingAsync(a, b));
        Assert.False(await Follows.IsFollowingAsync(b, a));
        Assert.False(await Follows.IsFollowingAsync(a, NewId("c")));
    }

    [Fact]
    public async Task GetFollowedAmong_PicksTheFollowedCandidates()
    {
        var a = NewId("a");
        var followed = new[] { NewId("f"), NewId("f") };
        foreach (var f in followed)
        {
            await Follows.FollowAsync(a, f, T0);
        }

        var notFollowed = NewId("n");
        await Follows.FollowAsync(notFollowed, a, T0);

        var among = await Follows.GetFollowedAmongAsync(a, [followed[0], notFollowed, followed[1], followed[0], a]);

        Assert.Equal(followed.Order(StringComparer.Ordinal), among.Order(StringComparer.Ordinal));
        Assert.Empty(await Follows.GetFollowedAmongAsync(a, []));
    }

    [Fact]
    public async Task GetFollowers_NewestFirst_PagesWithoutGapsOrDuplicates_WhileFollowsArrive()
    {
        var star = NewId("star");
        var original = new List<FollowEdge>();
        for (var i = 0; i < 23; i++)
        {
            var fan = NewId("fan");
            var at = At(i / 3); // three follows per instant: ties are broken by id
            await Follows.FollowAsync(fan, star, at);
            original.Add(new FollowEdge(fan, at));
        }

        var late = new List<FollowEdge>();
        var seen = await Paging.AllAsync(
            cursor => Follows.GetFollowersAsync(star, cursor, 4),
            async page =>
            {
                var fan = NewId("late");
                await Follows.FollowAsync(fan, star, At(1000 + page)); // newer than the walk's start: not in it
                late.Add(new FollowEdge(fan, At(1000 + page)));
            });

        Assert.Equal(original.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.UserId, StringComparer.Ordinal), seen);
        Assert.Equal(late.Count, (await Follows.CountAsync(star)).Followers - original.Count);
    }

    [Fact]
    public async Task GetFollowing_NewestFirst_Paged()
    {
        var fan = NewId("fan");
        var stars = new List<FollowEdge>();
        for (var i = 0; i < 9; i++)
        {
            var star = NewId("star");
            await Follows.FollowAsync(fan, star, At(i));
            stars.Add(new FollowEdge(star, At(i)));
        }

        await Follows.FollowAsync(NewId("other"), stars[0].UserId, At(50));

        var seen = await Paging.AllAsync(cursor => Follows.GetFollowingAsync(fan, cursor, 4));

        Assert.Equal(stars.AsEnumerable().Reverse(), seen);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Follows.GetFollowingAsync(fan, null, 101));
    }

    [Fact]
    public async Task Count_CountsBothDirections()
    {
        var a = NewId("a");
        for (var i = 0; i < 3; i++)
        {
            await Follows.FollowAsync(NewId("fan"), a, T0);
        }

        await Follows.FollowAsync(a, NewId("star"), T0);

        Assert.Equal(new FollowCounts(3, 1), await Follows.CountAsync(a));
        Assert.Equal(new FollowCounts(0, 0), await Follows.CountAsync(NewId("nobody")));
    }

    [Fact]
    public async Task GetFollowerIdBatch_VisitsEveryFollowerOnce_IncludingFollowsMadeDuringTheWalk()
    {
        var star = NewId("star");
        var fans = Enumerable.Range(0, 2_500).Select(i => (Id: $"fan-{i:D5}-{Guid.NewGuid():N}", At: At(i % 40))).ToList();
        foreach (var chunk in fans.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(f => Follows.FollowAsync(f.Id, star, f.At)));
        }

        var batches = new List<IReadOnlyList<string>>();
        var latecomers = new List<string>();
        string? cursor = null;
        do
        {
            var batch = await Follows.GetFollowerIdBatchAsync(star, cursor, 1000);
            batches.Add(batch.Items);
            cursor = batch.NextCursor;
            if (batches.Count == 1)
            {
                var late = NewId("late");
                await Follows.FollowAsync(late, star, At(500)); // oldest first: a new follow lands at the end
                latecomers.Add(late);
            }
        }
        while (cursor is not null);

        Assert.Equal([1000, 1000, 501], batches.Select(b => b.Count));
        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(fans.Select(f => f.Id).Concat(latecomers).Order(StringComparer.Ordinal), all.Order(StringComparer.Ordinal));
        Assert.Equal(latecomers[0], all[^1]);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Follows.GetFollowerIdBatchAsync(star, null, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Follows.GetFollowerIdBatchAsync(star, null, IFollowRepository.MaxFollowerBatch + 1));
    }

    [Fact]
    public async Task GetFolloweeIds_ListsEveryoneTheUserFollows()
    {
        var fan = NewId("fan");
        var stars = Enumerable.Range(0, 5).Select(_ => NewId("star")).ToList();
        foreach (var star in stars)
        {
            await Follows.FollowAsync(fan, star, T0);
        }

        await Follows.FollowAsync(stars[0], fan, T0);

        Assert.Equal(stars.Order(StringComparer.Ordinal), (await Follows.GetFolloweeIdsAsync(fan)).Order(StringComparer.Ordinal));
        Assert.Empty(await Follows.GetFolloweeIdsAsync(NewId("nobody")));
    }

    [Fact]
    public async Task Follow_ConcurrentDuplicates_ExactlyOneIsNew()
    {
        var (a, b) = (NewId("a"), NewId("b"));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Follows.FollowAsync(a, b, At(i))));

        Assert.Single(results, r => r);
        Assert.Equal(new FollowCounts(1, 0), await Follows.CountAsync(b));
    }
}
