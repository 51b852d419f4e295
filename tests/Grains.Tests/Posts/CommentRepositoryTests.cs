using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Posts;
using Vrss.Grains.Tests.Data;

namespace Vrss.Grains.Tests.Posts;

/// <summary>The contract of <see cref="ICommentRepository"/>, run against each provider by the derived classes.</summary>
public abstract class CommentRepositoryTests : RepositoryTests
{
    private ICommentRepository Comments => Get<ICommentRepository>();

    private IPostRepository Posts => Get<IPostRepository>();

    [Fact]
    public async Task Add_StoresTheComment_AndCountsItOnThePost()
    {
        var post = await CreatePostAsync();
        var comment = new CommentRecord(NewId("comment"), post, NewId("user"), "Nice!", T0);

        Assert.True(await Comments.AddAsync(comment));

        Assert.Equal(comment with { CreatedAt = Micro(T0) }, await Comments.GetAsync(comment.Id));
        Assert.Equal(1, (await Posts.GetAsync(post))!.CommentCount);
    }

    [Fact]
    public async Task Add_TakenId_ReturnsFalse_AndCountsOnce()
    {
        var post = await CreatePostAsync();
        var comment = new CommentRecord(NewId("comment"), post, NewId("user"), "first", At(1));
        Assert.True(await Comments.AddAsync(comment));

        Assert.False(await Comments.AddAsync(comment with { Content = "second" }));

        Assert.Equal("first", (await Comments.GetAsync(comment.Id))!.Content);
        Assert.Equal(1, (await Posts.GetAsync(post))!.CommentCount);
        Assert.Equal(1, await Comments.CountAsync(post));
    }

    [Fact]
    public async Task Add_ToAMissingOrDeletedPost_IsPostNotFound()
    {
        var deleted = await CreatePostAsync();
        await Posts.DeleteAsync(deleted, At(1));

        foreach (var post in new[] { deleted, NewId("post") })
        {
            var comment = new CommentRecord(NewId("comment"), post, NewId("user"), "hello?", At(2));
            var error = await Assert.ThrowsAsync<VrssException>(() => Comments.AddAsync(comment));
            Assert.Equal(ErrorCode.PostNotFound, error.Code);
            Assert.Null(await Comments.GetAsync(comment.Id));
        }
    }

    [Fact]
    public async Task Get_UnknownComment_ReturnsNull() =>
        Assert.Null(await Comments.GetAsync(NewId("comment")));

    [Fact]
    public async Task Delete_ReturnsTheCommentForTheOwnerCheck_AndUncountsIt()
    {
        var post = await CreatePostAsync();
        var author = NewId("user");
        var comment = new CommentRecord(NewId("comment"), post, author, "oops", At(1));
        await Comments.AddAsync(comment);
        await Comments.AddAsync(comment with { Id = NewId("comment") });

        var deleted = await Comments.DeleteAsync(comment.Id);

        Assert.Equal(author, deleted!.AuthorId);
        Assert.Equal(post, deleted.PostId);
        Assert.Null(await Comments.GetAsync(comment.Id));
        Assert.Null(await Comments.DeleteAsync(comment.Id));
        Assert.Equal(1, (await Posts.GetAsync(post))!.CommentCount);
        Assert.Equal(1, await Comments.CountAsync(post));
    }

    [Fact]
    public async Task GetByPost_OldestFirst_PagesWithoutGapsOrDuplicates_WhileCommentsArrive()
    {
        var post = await CreatePostAsync();
        var other = await CreatePostAsync();
        var original = new List<CommentRecord>();
        for (var i = 0; i < 17; i++)
        {
            original.Add(await AddAsync(post, At(i / 2))); // pairs share a time: ties are broken by id
        }

        await AddAsync(other, At(3));
        var late = new List<CommentRecord>();
        var seen = await Paging.AllAsync(
            cursor => Comments.GetByPostAsync(post, cursor, 5),
            async _ => late.Add(await AddAsync(post, At(50 + late.Count))));

        var expected = original.Concat(late).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id);
        Assert.Equal(expected, seen.Select(c => c.Id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Comments.GetByPostAsync(post, null, 0));
    }

    [Fact]
    public async Task Count_CountsThePostsComments()
    {
        var post = await CreatePostAsync();
        for (var i = 0; i < 3; i++)
        {
            await AddAsync(post, At(i));
        }

        Assert.Equal(3, await Comments.CountAsync(post));
        Assert.Equal(0, await Comments.CountAsync(NewId("post")));
    }

    [Fact]
    public async Task Add_Concurrently_CountsEveryComment()
    {
        var post = await CreatePostAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Comments.AddAsync(new CommentRecord(NewId("comment"), post, NewId("user"), $"c{i}", At(i)))));

        Assert.Equal(40, await Comments.CountAsync(post));
        Assert.Equal(40, (await Posts.GetAsync(post))!.CommentCount);
    }

    private async Task<string> CreatePostAsync()
    {
        var id = NewId("post");
        Assert.True(await Posts.CreateAsync(new NewPost(id, NewId("author"), PostType.TextShort, "post", [], PostVisibility.Public, T0)));
        return id;
    }

    private async Task<CommentRecord> AddAsync(string post, DateTimeOffset at)
    {
        var comment = new CommentRecord(NewId("comment"), post, NewId("user"), "text", at);
        Assert.True(await Comments.AddAsync(comment));
        return comment;
    }
}
