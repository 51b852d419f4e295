using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.HotReads;
using Vrss.Grains.Moderation;
using Vrss.Grains.Posts;
using Vrss.Grains.Tests.Data;
using Vrss.Grains.Users;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>
/// Hidden authors (suspended, or waiting for their purge) on each provider: the list a silo fills its set from, and
/// the posts' read paths that leave them out for everyone but the author, until the reason is lifted.
/// </summary>
public abstract class HiddenAuthorRepositoryTests : RepositoryTests
{
    private IHiddenAuthorRepository Hidden => Get<IHiddenAuthorRepository>();

    private IPostRepository Posts => Get<IPostRepository>();

    private async Task<string> UserAsync()
    {
        var id = NewId("user");
        var username = "u" + Guid.NewGuid().ToString("N")[..16];
        await Get<IUserRepository>().InsertAsync(new UserRecord(id, username, $"{username}@example.com", username, T0, new UserCredentials("hash", null, null, null, 0, 1)));
        return id;
    }

    private async Task<string> PostAsync(string authorId)
    {
        var id = NewId("post");
        Assert.True(await Posts.CreateAsync(new NewPost(id, authorId, PostType.TextShort, "hello", [], PostVisibility.Public, T0)));
        return id;
    }

    private Task SuspendAsync(string userId, bool suspended) =>
        Get<IAccountStandingRepository>().SaveAsync(userId, AccountStanding.Default with { SuspendedAt = suspended ? T0 : null }, T0);

    private Task DeleteLaterAsync(string userId, bool pending) => Get<IUserRepository>().SetPurgeAtAsync(userId, pending ? T0.AddDays(30) : null);

    // Whether a reader other than the author finds the post by every read path that hides authors.
    private async Task<IReadOnlyList<bool>> OthersFindAsync(string authorId, string postId, string reader) =>
    [
        (await Posts.GetManyAsync([postId], reader)).Any(p => p.Id == postId),
        (await Posts.GetByAuthorAsync(authorId, reader, null, 10)).Items.Any(p => p.Id == postId),
        (await Posts.GetByAuthorAsync(authorId, null, null, 10)).Items.Any(p => p.Id == postId),
    ];

    [Fact]
    public async Task List_HoldsSuspendedAndLeavingAccounts_WithTheirReasons_UntilLifted()
    {
        var suspended = await UserAsync();
        var leaving = await UserAsync();
        var both = await UserAsync();
        var plain = await UserAsync();
        await SuspendAsync(suspended, true);
        await DeleteLaterAsync(leaving, true);
        await SuspendAsync(both, true);
        await DeleteLaterAsync(both, true);
        await Get<IAccountStandingRepository>().SaveAsync(plain, AccountStanding.Default with { SilencedAt = T0 }, T0);

        var set = new HiddenAuthors();
        Assert.True(set.Load(await Hidden.ListAsync(), set.Version));

        Assert.Equal(HiddenReasons.Suspended, set.ReasonsOf(suspended));
        Assert.Equal(HiddenReasons.PendingDeletion, set.ReasonsOf(leaving));
        Assert.Equal(HiddenReasons.Suspended | HiddenReasons.PendingDeletion, set.ReasonsOf(both));
        Assert.False(set.Hides(plain, null));

        await SuspendAsync(suspended, false);
        await DeleteLaterAsync(leaving, false);
        await SuspendAsync(both, false);
        Assert.True(set.Load(await Hidden.ListAsync(), set.Version));
        Assert.False(set.Hides(suspended, null));
        Assert.False(set.Hides(leaving, null));
        Assert.Equal(HiddenReasons.PendingDeletion, set.ReasonsOf(both));
    }

    [Fact]
    public async Task List_LeavesOutALeavingAccount_OnceItsRowIsDeleted()
    {
        var leaving = await UserAsync();
        await DeleteLaterAsync(leaving, true);
        Assert.Contains(await Hidden.ListAsync(), row => row.Key == leaving);

        Assert.True(await Get<IUserRepository>().DeleteAsync(leaving));

        Assert.DoesNotContain(await Hidden.ListAsync(), row => row.Key == leaving);
    }

    [Fact]
    public async Task PostReads_LeaveOutALeavingAuthor_ExceptForTheAuthor_AndShowThemAfterACancel()
    {
        var author = await UserAsync();
        var reader = await UserAsync();
        var post = await PostAsync(author);
        Assert.All(await OthersFindAsync(author, post, reader), Assert.True);

        await DeleteLaterAsync(author, true);
        Assert.All(await OthersFindAsync(author, post, reader), Assert.False);
        Assert.Single(await Posts.GetManyAsync([post], author));
        Assert.Single((await Posts.GetByAuthorAsync(author, author, null, 10)).Items);

        // The feed's timeline keeps them, to show them again; the feed hides them at read time.
        Assert.Single((await Posts.GetNewestByAuthorsAsync([author], reader, null, 10)).Items);

        await DeleteLaterAsync(author, false);
        Assert.All(await OthersFindAsync(author, post, reader), Assert.True);
    }

    [Fact]
    public async Task PostReads_LeaveOutASuspendedAuthor_UntilLifted()
    {
        var author = await UserAsync();
        var reader = await UserAsync();
        var post = await PostAsync(author);

        await SuspendAsync(author, true);
        Assert.All(await OthersFindAsync(author, post, reader), Assert.False);
        Assert.Single((await Posts.GetNewestByAuthorsAsync([author], reader, null, 10)).Items);

        await SuspendAsync(author, false);
        Assert.All(await OthersFindAsync(author, post, reader), Assert.True);
    }
}
