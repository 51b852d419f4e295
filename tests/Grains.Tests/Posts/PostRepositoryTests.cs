using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Posts;

/// <summary>The contract of <see cref="IPostRepository"/>, run against each provider by the derived classes.</summary>
public abstract class PostRepositoryTests : RepositoryTests
{
    private IPostRepository Posts => Get<IPostRepository>();

    private IFollowRepository Follows => Get<IFollowRepository>();

    [Fact]
    public async Task Create_StoresThePost_AndGetReturnsIt()
    {
        var post = new NewPost(NewId("post"), NewId("user"), PostType.Gallery, "Hello", ["m2", "m1"], PostVisibility.Followers, T0);

        Assert.True(await Posts.CreateAsync(post));

        var stored = await Posts.GetAsync(post.Id);
        Assert.NotNull(stored);
        Assert.Equal(post.Id, stored.Id);
        Assert.Equal(post.AuthorId, stored.AuthorId);
        Assert.Equal(PostType.Gallery, stored.Type);
        Assert.Equal("Hello", stored.Content);
        Assert.Equal(["m2", "m1"], stored.MediaIds);
        Assert.Equal(PostVisibility.Followers, stored.Visibility);
        Assert.Equal(Micro(T0), stored.CreatedAt);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Null(stored.UpdatedAt);
        Assert.Equal(0, stored.CommentCount);
        Assert.Equal(0, stored.ReactionCount);
    }

    [Fact]
    public async Task Create_TakenId_ReturnsFalseAndKeepsTheFirstPost()
    {
        var post = Post(NewId("user"), content: "first");
        Assert.True(await Posts.CreateAsync(post));

        Assert.False(await Posts.CreateAsync(post with { Content = "second" }));

        Assert.Equal("first", (await Posts.GetAsync(post.Id))!.Content);
    }

    [Fact]
    public async Task Create_InvalidArguments_AreRefused()
    {
        var post = Post(NewId("user"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Posts.CreateAsync(post with { Id = "" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Posts.CreateAsync(post with { Type = (PostType)42 }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Posts.CreateAsync(post with { Visibility = (PostVisibility)7 }));
        Assert.Null(await Posts.GetAsync(post.Id));
    }

    [Fact]
    public async Task Get_UnknownOrDeletedPost_ReturnsNull()
    {
        var post = await CreateAsync(NewId("user"));
        Assert.True(await Posts.DeleteAsync(post.Id, At(1)));

        Assert.Null(await Posts.GetAsync(post.Id));
        Assert.Null(await Posts.GetAsync(NewId("post")));
    }

    [Fact]
    public async Task GetMany_ReturnsTheVisibleLivePostsNewestFirst()
    {
        var author = NewId("author");
        var follower = NewId("follower");
        await Follows.FollowAsync(follower, author, T0);
        var open = await CreateAsync(author, PostVisibility.Public, At(1));
        var friends = await CreateAsync(author, PostVisibility.Followers, At(2));
        var mine = await CreateAsync(author, PostVisibility.Private, At(3));
        var gone = await CreateAsync(author, PostVisibility.Public, At(4));
        await Posts.DeleteAsync(gone.Id, At(5));
        string[] ids = [open.Id, friends.Id, mine.Id, gone.Id, NewId("post")];

        Assert.Equal([mine.Id, friends.Id, open.Id], Ids(await Posts.GetManyAsync(ids, author)));
        Assert.Equal([friends.Id, open.Id], Ids(await Posts.GetManyAsync(ids, follower)));
        Assert.Equal([open.Id], Ids(await Posts.GetManyAsync(ids, NewId("stranger"))));
        Assert.Equal([open.Id], Ids(await Posts.GetManyAsync(ids, null)));
        Assert.Empty(await Posts.GetManyAsync([], author));
    }

    [Fact]
    public async Task Update_ChangesOnlyTheGivenFields()
    {
        var post = await CreateAsync(NewId("user"), PostVisibility.Public, T0, "before");

        var edited = await Posts.UpdateAsync(post.Id, "after", null, T0.AddMinutes(5));
        Assert.NotNull(edited);
        Assert.Equal("after", edited.Content);
        Assert.Equal(PostVisibility.Public, edited.Visibility);
        Assert.Equal(At(5), edited.UpdatedAt);

        var hidden = await Posts.UpdateAsync(post.Id, null, PostVisibility.Private, At(6));
        Assert.Equal("after", hidden!.Content);
        Assert.Equal(PostVisibility.Private, hidden.Visibility);
        var read = await Posts.GetAsync(post.Id);
        Assert.Equal((hidden.Content, hidden.Visibility, hidden.UpdatedAt), (read!.Content, read.Visibility, read.UpdatedAt));
    }

    [Fact]
    public async Task Update_UnknownOrDeletedPost_ReturnsNull()
    {
        var post = await CreateAsync(NewId("user"));
        await Posts.DeleteAsync(post.Id, At(1));

        Assert.Null(await Posts.UpdateAsync(post.Id, "x", null, At(2)));
        Assert.Null(await Posts.UpdateAsync(NewId("post"), "x", null, At(2)));
    }

    [Fact]
    public async Task Delete_SucceedsOnce_AndHidesThePostEverywhere()
    {
        var author = NewId("user");
        var word = NewWord();
        var post = await CreateAsync(author, content: $"bye {word}");
        var kept = await CreateAsync(author, at: At(1));

        Assert.True(await Posts.DeleteAsync(post.Id, At(2)));
        Assert.False(await Posts.DeleteAsync(post.Id, At(3)));
        Assert.False(await Posts.DeleteAsync(NewId("post"), At(3)));

        Assert.Equal([kept.Id], Ids((await Posts.GetByAuthorAsync(author, author, null, 10)).Items));
        Assert.Equal([kept.Id], Ids((await Posts.GetNewestByAuthorsAsync([author], author, null, 10)).Items));
        Assert.Empty((await Posts.SearchAsync(word, author, null, 10)).Items);
        Assert.Equal(1, await Posts.CountByAuthorAsync(author));
    }

    [Fact]
    public async Task GetByAuthor_ShowsEachReaderWhatTheirRelationshipAllows()
    {
        var author = NewId("author");
        var follower = NewId("follower");
        var followee = NewId("followee");
        await Follows.FollowAsync(follower, author, T0);
        await Follows.FollowAsync(author, followee, T0); // the author following someone grants that someone nothing
        var open = await CreateAsync(author, PostVisibility.Public, At(1));
        var friends = await CreateAsync(author, PostVisibility.Followers, At(2));
        var mine = await CreateAsync(author, PostVisibility.Private, At(3));

        Assert.Equal([mine.Id, friends.Id, open.Id], Ids((await Posts.GetByAuthorAsync(author, author, null, 10)).Items));
        Assert.Equal([friends.Id, open.Id], Ids((await Posts.GetByAuthorAsync(author, follower, null, 10)).Items));
        Assert.Equal([open.Id], Ids((await Posts.GetByAuthorAsync(author, followee, null, 10)).Items));
        Assert.Equal([open.Id], Ids((await Posts.GetByAuthorAsync(author, null, null, 10)).Items));

        await Follows.UnfollowAsync(follower, author);
        Assert.Equal([open.Id], Ids((await Posts.GetByAuthorAsync(author, follower, null, 10)).Items));
    }

    [Fact]
    public async Task GetByAuthor_PagesWithoutGapsOrDuplicates_WhilePostsArrive()
    {
        var author = NewId("user");
        var original = new List<PostRecord>();
        for (var i = 0; i < 25; i++)
        {
            // Every third post shares its time with the previous one: ties are broken by id.
            original.Add(await CreateAsync(author, at: At(i - (i % 3 == 2 ? 1 : 0))));
        }

        var late = new List<PostRecord>();
        var seen = await Paging.AllAsync(
            cursor => Posts.GetByAuthorAsync(author, author, cursor, 7),
            async page =>
            {
                late.Add(await CreateAsync(author, at: At(100 + page))); // newer than every page: not in this walk
                late.Add(await CreateAsync(author, at: At(-100 - page))); // older than every page: shows up at the end
            });

        var expected = original.Concat(late.Where(p => p.CreatedAt < T0))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal);
        Assert.Equal(Ids(expected), Ids(seen));
    }

    [Fact]
    public async Task GetByAuthor_BadCursorOrLimit_IsRefused()
    {
        var author = NewId("user");
        await CreateAsync(author);
        await CreateAsync(author, PostVisibility.Public, At(1));
        var discoverCursor = (await Posts.GetDiscoverAsync(null, 1)).NextCursor;
        Assert.NotNull(discoverCursor);

        var garbage = await Assert.ThrowsAsync<VrssException>(() => Posts.GetByAuthorAsync(author, null, "not a cursor!", 10));
        Assert.Equal(ErrorCode.InvalidFormat, garbage.Code);
        Assert.Equal("cursor", garbage.Details!["field"]);
        await Assert.ThrowsAsync<VrssException>(() => Posts.GetByAuthorAsync(author, null, discoverCursor, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Posts.GetByAuthorAsync(author, null, null, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Posts.GetByAuthorAsync(author, null, null, 101));
    }

    [Fact]
    public async Task GetNewestByAuthors_MergesTheAuthorsNewestFirst_WithEachAuthorsVisibility()
    {
        var reader = NewId("reader");
        var followed = NewId("followed");
        var other = NewId("other");
        var outsider = NewId("outsider");
        await Follows.FollowAsync(reader, followed, T0);
        var expected = new List<PostRecord>
        {
            await CreateAsync(reader, PostVisibility.Private, At(1)),
            await CreateAsync(followed, PostVisibility.Followers, At(2)),
            await CreateAsync(other, PostVisibility.Public, At(3)),
            await CreateAsync(followed, PostVisibility.Public, At(4)),
            await CreateAsync(reader, PostVisibility.Public, At(5)),
            await CreateAsync(other, PostVisibility.Public, At(6)),
        };
        await CreateAsync(followed, PostVisibility.Private, At(7));
        await CreateAsync(other, PostVisibility.Followers, At(8));
        await CreateAsync(outsider, PostVisibility.Public, At(9));
        string[] authors = [reader, followed, other];

        var all = await Paging.AllAsync(cursor => Posts.GetNewestByAuthorsAsync(authors, reader, cursor, 4));

        Assert.Equal(Ids(expected.AsEnumerable().Reverse()), Ids(all));
        var first = await Posts.GetNewestByAuthorsAsync(authors, reader, null, 2);
        Assert.Equal(Ids(expected.TakeLast(2).Reverse()), Ids(first.Items));
        Assert.Empty((await Posts.GetNewestByAuthorsAsync([], reader, null, 10)).Items);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Posts.GetNewestByAuthorsAsync(authors, reader, null, IPostRepository.MaxFeedBatch + 1));
    }

    [Fact]
    public async Task GetDiscover_RanksPublicPostsByRecencyAndEngagement()
    {
        // Far in the future so this test's posts rank above whatever other tests of the class stored.
        var now = new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var author = NewId("user");
        var fresh = await CreateAsync(author, PostVisibility.Public, now);
        var engaged = await CreateAsync(author, PostVisibility.Public, now.AddHours(-12));
        var stale = await CreateAsync(author, PostVisibility.Public, now.AddHours(-100));
        await CreateAsync(author, PostVisibility.Followers, now.AddHours(1));
        await CreateAsync(author, PostVisibility.Private, now.AddHours(1));
        var deleted = await CreateAsync(author, PostVisibility.Public, now.AddHours(2));
        await Posts.DeleteAsync(deleted.Id, now.AddHours(2));
        foreach (var post in new[] { engaged, stale })
        {
            for (var i = 0; i < 10; i++)
            {
                await Get<IReactionRepository>().SetAsync(post.Id, NewId("fan"), ReactionType.Like, now);
            }
        }

        // 12 hours older but ln(11) ~ 2.4 units of engagement ahead; 100 hours is more than engagement buys.
        var seen = await Paging.AllAsync(cursor => Posts.GetDiscoverAsync(cursor, 2), maxPages: 10_000);
        var mine = seen.Where(p => p.AuthorId == author).ToList();
        Assert.Equal([engaged.Id, fresh.Id, stale.Id], Ids(mine));
        Assert.Equal(seen.Count, seen.Select(p => p.Id).Distinct().Count());
        Assert.Equal(engaged.Id, (await Posts.GetDiscoverAsync(null, 1)).Items.Single().Id);
        Assert.Equal(10, mine[0].ReactionCount);
    }

    [Fact]
    public async Task Search_FindsVisiblePostsContainingEveryWord()
    {
        var author = NewId("author");
        var follower = NewId("follower");
        await Follows.FollowAsync(follower, author, T0);
        var word = NewWord();
        var both = await CreateAsync(author, PostVisibility.Public, At(1), $"Hello, WORLD! {word}");
        var one = await CreateAsync(author, PostVisibility.Public, At(2), $"hello there {word}");
        var friends = await CreateAsync(author, PostVisibility.Followers, At(3), $"world of {word} for friends");
        var mine = await CreateAsync(author, PostVisibility.Private, At(4), $"my own world {word}");

        Assert.Equal([friends.Id, both.Id], Ids((await Posts.SearchAsync($"world {word}", follower, null, 10)).Items));
        Assert.Equal([both.Id], Ids((await Posts.SearchAsync($"{word} world", NewId("stranger"), null, 10)).Items));
        Assert.Equal([both.Id], Ids((await Posts.SearchAsync($"WORLD {word.ToUpperInvariant()}", null, null, 10)).Items));
        Assert.Equal([mine.Id, friends.Id, both.Id], Ids((await Posts.SearchAsync($"world {word}", author, null, 10)).Items));
        Assert.Equal([one.Id, both.Id], Ids((await Posts.SearchAsync($"hello {word}", null, null, 10)).Items));
        Assert.Empty((await Posts.SearchAsync($"hello {word} absent{word}", author, null, 10)).Items);

        await Posts.UpdateAsync(one.Id, $"renamed {word}", null, At(5));
        Assert.Equal([both.Id], Ids((await Posts.SearchAsync($"hello {word}", null, null, 10)).Items));
        Assert.Equal([one.Id], Ids((await Posts.SearchAsync($"renamed {word}", null, null, 10)).Items));
    }

    [Fact]
    public async Task Search_PagesNewestFirst()
    {
        var author = NewId("user");
        var word = NewWord();
        var created = new List<PostRecord>();
        for (var i = 0; i < 12; i++)
        {
            created.Add(await CreateAsync(author, PostVisibility.Public, At(i), $"page {word} {i}"));
        }

        var seen = await Paging.AllAsync(cursor => Posts.SearchAsync(word, null, cursor, 5));

        Assert.Equal(Ids(created.AsEnumerable().Reverse()), Ids(seen));
    }

    [Fact]
    public async Task Search_QueryWithoutWords_FindsNothing()
    {
        await CreateAsync(NewId("user"), content: "anything at all");

        Assert.Empty((await Posts.SearchAsync("  !! ", null, null, 10)).Items);
        Assert.Empty((await Posts.SearchAsync("", null, null, 10)).Items);
    }

    [Fact]
    public async Task IsMediaVisible_FollowsThePostsThatAttachIt()
    {
        var author = NewId("author");
        var follower = NewId("follower");
        var stranger = NewId("stranger");
        await Follows.FollowAsync(follower, author, T0);
        var shared = NewId("media");
        var secret = NewId("media");
        var unattached = NewId("media");
        await Posts.CreateAsync(new NewPost(NewId("post"), author, PostType.Image, "for followers", [shared], PostVisibility.Followers, At(1)));
        var onlyMine = new NewPost(NewId("post"), author, PostType.Image, "just me", [secret], PostVisibility.Private, At(2));
        await Posts.CreateAsync(onlyMine);

        Assert.True(await Posts.IsMediaVisibleAsync(author, shared, follower));
        Assert.False(await Posts.IsMediaVisibleAsync(author, shared, stranger));
        Assert.False(await Posts.IsMediaVisibleAsync(author, shared, null));
        Assert.True(await Posts.IsMediaVisibleAsync(author, secret, author));
        Assert.False(await Posts.IsMediaVisibleAsync(author, secret, follower));
        Assert.False(await Posts.IsMediaVisibleAsync(author, unattached, author));
        Assert.False(await Posts.IsMediaVisibleAsync(stranger, shared, follower));

        // A public post attaching the same media makes it visible to everyone; deleting it takes that back.
        var open = new NewPost(NewId("post"), author, PostType.Image, "now public", [secret], PostVisibility.Public, At(3));
        await Posts.CreateAsync(open);
        Assert.True(await Posts.IsMediaVisibleAsync(author, secret, null));
        await Posts.DeleteAsync(open.Id, At(4));
        Assert.False(await Posts.IsMediaVisibleAsync(author, secret, stranger));
    }

    [Fact]
    public async Task CountByAuthor_CountsLivePostsOfEveryVisibility()
    {
        var author = NewId("user");
        await CreateAsync(author, PostVisibility.Public);
        await CreateAsync(author, PostVisibility.Followers, At(1));
        await CreateAsync(author, PostVisibility.Private, At(2));
        var deleted = await CreateAsync(author, PostVisibility.Public, At(3));
        await Posts.DeleteAsync(deleted.Id, At(4));

        Assert.Equal(3, await Posts.CountByAuthorAsync(author));
        Assert.Equal(0, await Posts.CountByAuthorAsync(NewId("user")));
    }

    [Fact]
    public async Task Recount_RebuildsTheCountersFromCommentsAndReactions()
    {
        var post = await CreateAsync(NewId("user"));
        var comments = Get<ICommentRepository>();
        var reactions = Get<IReactionRepository>();
        var doomed = new CommentRecord(NewId("comment"), post.Id, NewId("user"), "x", At(1));
        await comments.AddAsync(doomed);
        await comments.AddAsync(doomed with { Id = NewId("comment") });
        await comments.AddAsync(doomed with { Id = NewId("comment") });
        await comments.DeleteAsync(doomed.Id);
        await reactions.SetAsync(post.Id, NewId("user"), ReactionType.Wow, At(1));
        await reactions.SetAsync(post.Id, NewId("user"), ReactionType.Sad, At(1));

        var counters = await Posts.RecountAsync(post.Id);

        Assert.Equal(new PostCounters(2, 2), counters);
        var stored = await Posts.GetAsync(post.Id);
        Assert.Equal((2, 2), (stored!.CommentCount, stored.ReactionCount));
        Assert.Null(await Posts.RecountAsync(NewId("post")));
    }

    private async Task<PostRecord> CreateAsync(string author, PostVisibility visibility = PostVisibility.Public, DateTimeOffset? at = null, string content = "hello")
    {
        var post = Post(author, visibility, at, content);
        Assert.True(await Posts.CreateAsync(post));
        return (await Posts.GetAsync(post.Id))!;
    }

    private static NewPost Post(string author, PostVisibility visibility = PostVisibility.Public, DateTimeOffset? at = null, string content = "hello") =>
        new(NewId("post"), author, PostType.TextShort, content, [], visibility, at ?? T0);

    // A word no other test uses, so searches in a shared database see only this test's posts.
    private static string NewWord() => $"w{Guid.NewGuid():N}";

    private static List<string> Ids(IEnumerable<PostRecord> posts) => [.. posts.Select(p => p.Id)];
}
