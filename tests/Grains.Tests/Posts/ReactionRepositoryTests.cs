using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Posts;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Posts;

/// <summary>The contract of <see cref="IReactionRepository"/>, run against each provider by the derived classes.</summary>
public abstract class ReactionRepositoryTests : RepositoryTests
{
    private IReactionRepository Reactions => Get<IReactionRepository>();

    private IPostRepository Posts => Get<IPostRepository>();

    [Fact]
    public async Task Set_NewReaction_ReturnsNoPrevious_AndCountsIt()
    {
        var post = await CreatePostAsync();
        var user = NewId("user");

        Assert.Null(await Reactions.SetAsync(post, user, ReactionType.Love, T0));

        Assert.Equal(ReactionType.Love, await Reactions.GetAsync(post, user));
        Assert.Equal(1, (await Posts.GetAsync(post))!.ReactionCount);
    }

    [Fact]
    public async Task Set_AgainOrSwitched_ReturnsThePrevious_AndNeverCountsTwice()
    {
        var post = await CreatePostAsync();
        var user = NewId("user");
        await Reactions.SetAsync(post, user, ReactionType.Like, T0);

        Assert.Equal(ReactionType.Like, await Reactions.SetAsync(post, user, ReactionType.Laugh, At(1)));
        Assert.Equal(ReactionType.Laugh, await Reactions.SetAsync(post, user, ReactionType.Laugh, At(2)));

        Assert.Equal(ReactionType.Laugh, await Reactions.GetAsync(post, user));
        Assert.Equal(1, (await Posts.GetAsync(post))!.ReactionCount);
        Assert.Equal(new Dictionary<ReactionType, int> { [ReactionType.Laugh] = 1 }, await Reactions.CountAsync(post));
    }

    [Fact]
    public async Task Set_OnAMissingOrDeletedPost_IsPostNotFound()
    {
        var deleted = await CreatePostAsync();
        await Posts.DeleteAsync(deleted, At(1));

        foreach (var post in new[] { deleted, NewId("post") })
        {
            var error = await Assert.ThrowsAsync<VrssException>(() => Reactions.SetAsync(post, NewId("user"), ReactionType.Wow, At(2)));
            Assert.Equal(ErrorCode.PostNotFound, error.Code);
        }

        Assert.Empty(await Reactions.CountAsync(deleted));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Reactions.SetAsync(deleted, NewId("user"), (ReactionType)9, At(2)));
    }

    [Fact]
    public async Task Remove_ReturnsTheRemovedReaction_AndUncountsIt()
    {
        var post = await CreatePostAsync();
        var user = NewId("user");
        await Reactions.SetAsync(post, user, ReactionType.Angry, T0);
        await Reactions.SetAsync(post, NewId("user"), ReactionType.Angry, T0);

        Assert.Equal(ReactionType.Angry, await Reactions.RemoveAsync(post, user));
        Assert.Null(await Reactions.RemoveAsync(post, user));
        Assert.Null(await Reactions.RemoveAsync(NewId("post"), user));

        Assert.Null(await Reactions.GetAsync(post, user));
        Assert.Equal(1, (await Posts.GetAsync(post))!.ReactionCount);
    }

    [Fact]
    public async Task Get_WithoutReaction_ReturnsNull() =>
        Assert.Null(await Reactions.GetAsync(await CreatePostAsync(), NewId("user")));

    [Fact]
    public async Task GetMany_ReturnsTheUsersReactionsByPost()
    {
        var user = NewId("user");
        var liked = await CreatePostAsync();
        var loved = await CreatePostAsync();
        var untouched = await CreatePostAsync();
        await Reactions.SetAsync(liked, user, ReactionType.Like, T0);
        await Reactions.SetAsync(loved, user, ReactionType.Love, T0);
        await Reactions.SetAsync(untouched, NewId("someone-else"), ReactionType.Sad, T0);

        var mine = await Reactions.GetManyAsync(user, [liked, loved, untouched, NewId("post")]);

        Assert.Equal(new Dictionary<string, ReactionType> { [liked] = ReactionType.Like, [loved] = ReactionType.Love }, mine);
        Assert.Empty(await Reactions.GetManyAsync(user, []));
    }

    [Fact]
    public async Task Count_CountsEachType()
    {
        var post = await CreatePostAsync();
        foreach (var type in new[] { ReactionType.Like, ReactionType.Like, ReactionType.Wow, ReactionType.Like, ReactionType.Sad })
        {
            await Reactions.SetAsync(post, NewId("user"), type, T0);
        }

        Assert.Equal(
            new Dictionary<ReactionType, int> { [ReactionType.Like] = 3, [ReactionType.Wow] = 1, [ReactionType.Sad] = 1 },
            await Reactions.CountAsync(post));
        Assert.Empty(await Reactions.CountAsync(NewId("post")));
    }

    [Fact]
    public async Task Set_Concurrently_CountsEachUserOnce()
    {
        var post = await CreatePostAsync();
        var users = Enumerable.Range(0, 30).Select(_ => NewId("user")).ToList();
        var repeater = users[0];

        await Task.WhenAll(users.Select(u => Reactions.SetAsync(post, u, ReactionType.Like, T0))
            .Concat(Enumerable.Range(0, 20).Select(i => Reactions.SetAsync(post, repeater, (ReactionType)(i % 6), At(i)))));

        Assert.Equal(30, (await Posts.GetAsync(post))!.ReactionCount);
        Assert.Equal(30, (await Reactions.CountAsync(post)).Values.Sum());
        Assert.Equal(new PostCounters(0, 30), await Posts.RecountAsync(post));
    }

    [Fact]
    public async Task PostCarriesCountsPerType_ThatFollowEverySetSwitchAndRemove()
    {
        var post = await CreatePostAsync();
        var (a, b, c) = (NewId("a"), NewId("b"), NewId("c"));
        await Reactions.SetAsync(post, a, ReactionType.Like, T0);
        await Reactions.SetAsync(post, b, ReactionType.Like, T0);
        await Reactions.SetAsync(post, c, ReactionType.Wow, T0);
        await Reactions.SetAsync(post, b, ReactionType.Sad, At(1));
        await Reactions.SetAsync(post, b, ReactionType.Sad, At(2));
        await Reactions.RemoveAsync(post, c);

        var stored = (await Posts.GetAsync(post))!;

        var expected = new Dictionary<ReactionType, int> { [ReactionType.Like] = 1, [ReactionType.Sad] = 1 };
        Assert.Equal(expected, stored.ReactionCounts);
        Assert.Equal(2, stored.ReactionCount);
        Assert.Equal(expected, await Reactions.CountAsync(post));
        Assert.Equal(expected, (await Posts.GetManyAsync([post], null)).Single().ReactionCounts);
    }

    [Fact]
    public async Task Switch_Concurrently_KeepsTheCountsPerTypeExact()
    {
        var post = await CreatePostAsync();
        var users = Enumerable.Range(0, 12).Select(_ => NewId("user")).ToList();
        foreach (var user in users)
        {
            await Reactions.SetAsync(post, user, ReactionType.Like, T0);
        }

        // Every user switches several times at once; whatever order wins, the per-type counts match the rows.
        await Task.WhenAll(users.SelectMany((u, i) => Enumerable.Range(0, 4).Select(k => Reactions.SetAsync(post, u, (ReactionType)((i + k) % 6), At(k))))
            .Concat(users.Take(3).Select(u => Reactions.RemoveAsync(post, u))));

        var stored = (await Posts.GetAsync(post))!;
        var counted = await Reactions.CountAsync(post);
        Assert.Equal(counted, stored.ReactionCounts);
        Assert.Equal(counted.Values.Sum(), stored.ReactionCount);
    }

    private async Task<string> CreatePostAsync()
    {
        var id = NewId("post");
        Assert.True(await Posts.CreateAsync(new NewPost(id, NewId("author"), PostType.TextShort, "post", [], PostVisibility.Public, T0)));
        return id;
    }
}
