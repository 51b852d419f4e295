using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Feeds;
using Vrss.Grains.HotReads;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>
/// Hot reads (home feeds, posts, profiles) are answered from silo memory, so every write that changes what they show
/// must reach every silo before it answers. Two silos: the post's grain and the writer on silo 1, one follower's feed
/// on each silo; after every kind of change, every reader reads again and must see it.
/// </summary>
public abstract class HotReadCoherenceTests : GrainClusterTests
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    private sealed record Scene(TestCluster Cluster, string Author, string Near, string Far, string Stranger, string PostId)
    {
        public IGrainFactory Writer => Cluster.Silos[1].GrainFactory;

        public IGrainFactory Reader => Cluster.Silos[0].GrainFactory;

        public IUserGrain User(string id) => Writer.GetGrain<IUserGrain>(id);

        public IPostGrain Post => Writer.GetGrain<IPostGrain>(PostId);
    }

    private static async Task<string> RegisterAsync(TestCluster cluster)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var username = "h_" + Guid.NewGuid().ToString("N")[..20];
        await cluster.GrainFactory.GetGrain<IUserGrain>(id).RegisterAsync(new NewAccount(username, $"{username}@example.com", "Correct-Horse-42", username));
        return id;
    }

    // near's feed on silo 0, far's on silo 1, the post's grain on silo 1; every cache warmed by a first read.
    private async Task<Scene> SetUpAsync(TestCluster cluster)
    {
        var author = await RegisterAsync(cluster);
        var near = await RegisterAsync(cluster);
        var far = await RegisterAsync(cluster);
        var stranger = await RegisterAsync(cluster);
        await cluster.GrainFactory.GetGrain<IUserGrain>(near).FollowAsync(author);
        await cluster.GrainFactory.GetGrain<IUserGrain>(far).FollowAsync(author);
        await cluster.Silos[0].MoveHereAsync(cluster.GrainFactory.GetGrain<IFeedGrain>(near).GetGrainId());
        await cluster.Silos[1].MoveHereAsync(cluster.GrainFactory.GetGrain<IFeedGrain>(far).GetGrainId());
        _clock.Advance(TimeSpan.FromSeconds(1));
        var post = await cluster.GrainFactory.GetGrain<IUserGrain>(author).CreatePostAsync(new PostDraft(PostType.TextShort, "first words", [], PostVisibility.Public));
        await cluster.Silos[1].MoveHereAsync(cluster.GrainFactory.GetGrain<IPostGrain>(post.Id).GetGrainId());
        var scene = new Scene(cluster, author, near, far, stranger, post.Id);
        foreach (var reader in new[] { near, far })
        {
            Assert.Equal("first words", (await FeedPostAsync(scene, reader))?.Content);
        }

        Assert.True(cluster.Silos[0].Services.GetRequiredService<ActiveFeeds>().TryGet(near, out _));
        Assert.True(cluster.Silos[1].Services.GetRequiredService<ActiveFeeds>().TryGet(far, out _));
        return scene;
    }

    private static async Task<PostView?> FeedPostAsync(Scene scene, string reader) =>
        (await scene.Reader.GetGrain<IFeedGrain>(reader).GetPageAsync(null, 20)).Items.SingleOrDefault(p => p.Id == scene.PostId);

    private static async Task<IReadOnlyList<PostView?>> EveryFeedAsync(Scene scene) =>
        [await FeedPostAsync(scene, scene.Near), await FeedPostAsync(scene, scene.Far)];

    // Read on silo 0 while the post's grain, which reports each change, is on silo 1.
    private static async Task<IReadOnlyList<ReactionType?>> OwnReactionsAsync(Scene scene)
    {
        var found = new List<ReactionType?>();
        foreach (var reader in new[] { scene.Near, scene.Far })
        {
            var mine = await scene.Reader.GetGrain<IOwnReactionsGrain>(reader).GetAsync([scene.PostId]);
            found.Add(mine.TryGetValue(scene.PostId, out var reaction) ? reaction : null);
        }

        return found;
    }

    private static async Task<PostView?> ByIdAsync(Scene scene, string? reader)
    {
        try
        {
            return await scene.Reader.GetGrain<IPostGrain>(scene.PostId).GetAsync(reader);
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.PostNotFound)
        {
            return null;
        }
    }

    [Fact]
    public async Task AnEdit_ShowsInEveryFeedAndByIdOnBothSilos()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);

        await scene.Post.UpdateAsync(scene.Author, "second words", null);

        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal("second words", p?.Content));
        Assert.Equal("second words", (await ByIdAsync(scene, scene.Near))?.Content);
        Assert.Equal("second words", (await ByIdAsync(scene, null))?.Content);
    }

    [Fact]
    public async Task VisibilityChanges_HideAndShowThePost_ForEachKindOfReader()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        Assert.NotNull(await ByIdAsync(scene, scene.Stranger));

        await scene.Post.UpdateAsync(scene.Author, null, PostVisibility.Followers);
        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal(PostVisibility.Followers, p?.Visibility));
        Assert.NotNull(await ByIdAsync(scene, scene.Far));
        Assert.Null(await ByIdAsync(scene, scene.Stranger));
        Assert.Null(await ByIdAsync(scene, null));

        await scene.Post.UpdateAsync(scene.Author, null, PostVisibility.Private);
        Assert.All(await EveryFeedAsync(scene), Assert.Null);
        Assert.Null(await ByIdAsync(scene, scene.Far));
        Assert.NotNull(await ByIdAsync(scene, scene.Author));

        await scene.Post.UpdateAsync(scene.Author, null, PostVisibility.Public);
        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal(PostVisibility.Public, p?.Visibility));
        Assert.NotNull(await ByIdAsync(scene, scene.Stranger));
    }

    [Fact]
    public async Task ADeletedPost_LeavesEveryFeedAndIsNotFoundById()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);

        await scene.User(scene.Author).DeletePostAsync(scene.PostId);

        Assert.All(await EveryFeedAsync(scene), Assert.Null);
        Assert.Null(await ByIdAsync(scene, scene.Author));
        Assert.Null(await ByIdAsync(scene, scene.Near));
    }

    [Fact]
    public async Task ReactionsAndComments_ChangeTheCountsEveryReaderSees()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);

        // Each reader's own reaction is remembered from a first read (none yet) and must follow every change.
        Assert.Equal([null, null], await OwnReactionsAsync(scene));

        await scene.Post.ReactAsync(scene.Near, ReactionType.Love);
        await scene.Post.ReactAsync(scene.Far, ReactionType.Like);
        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal(1, p!.ReactionCounts.GetValueOrDefault(ReactionType.Love)));
        Assert.Equal(1, (await ByIdAsync(scene, null))!.ReactionCounts.GetValueOrDefault(ReactionType.Like));
        Assert.Equal([ReactionType.Love, ReactionType.Like], await OwnReactionsAsync(scene));

        await scene.Post.ReactAsync(scene.Far, ReactionType.Wow);
        Assert.Equal([ReactionType.Love, ReactionType.Wow], await OwnReactionsAsync(scene));

        await scene.Post.UnreactAsync(scene.Near);
        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal(0, p!.ReactionCounts.GetValueOrDefault(ReactionType.Love)));
        Assert.Equal([null, ReactionType.Wow], await OwnReactionsAsync(scene));

        var comment = await scene.Post.CommentAsync(scene.Far, "a comment", null);
        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal(1, p!.CommentCount));
        Assert.Equal(1, (await ByIdAsync(scene, scene.Stranger))!.CommentCount);

        await scene.User(scene.Far).DeleteCommentAsync(comment.Id);
        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal(0, p!.CommentCount));
        Assert.Equal(0, (await ByIdAsync(scene, null))!.CommentCount);
    }

    [Fact]
    public async Task AProfileEdit_ChangesTheAuthorsCard_InFeedsPostsAndProfile()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        await scene.Reader.GetGrain<IUserGrain>(scene.Author).ViewProfileAsync(scene.Near);

        await scene.User(scene.Author).UpdateProfileAsync(new ProfileUpdate("Renamed Author", null, null, null, null, null, null, null, null));

        Assert.All(await EveryFeedAsync(scene), p => Assert.Equal("Renamed Author", p?.Author.DisplayName));
        Assert.Equal("Renamed Author", (await ByIdAsync(scene, null))?.Author.DisplayName);
        var profile = await scene.Reader.GetGrain<IUserGrain>(scene.Author).ViewProfileAsync(scene.Near);
        Assert.Equal("Renamed Author", profile.Card.DisplayName);
    }

    [Fact]
    public async Task FollowsAndUnfollows_ChangeWhoSeesAFollowersPost_AndTheProfilesFollowingFlag()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        await scene.Post.UpdateAsync(scene.Author, null, PostVisibility.Followers);
        Assert.Null(await ByIdAsync(scene, scene.Stranger));
        Assert.False((await scene.Reader.GetGrain<IUserGrain>(scene.Author).ViewProfileAsync(scene.Stranger)).IsFollowing);

        await scene.User(scene.Stranger).FollowAsync(scene.Author);
        Assert.NotNull(await ByIdAsync(scene, scene.Stranger));
        Assert.True((await scene.Reader.GetGrain<IUserGrain>(scene.Author).ViewProfileAsync(scene.Stranger)).IsFollowing);

        await scene.User(scene.Near).UnfollowAsync(scene.Author);
        Assert.Null(await FeedPostAsync(scene, scene.Near));
        Assert.Null(await ByIdAsync(scene, scene.Near));
        Assert.False((await scene.Reader.GetGrain<IUserGrain>(scene.Author).ViewProfileAsync(scene.Near)).IsFollowing);
        Assert.NotNull(await FeedPostAsync(scene, scene.Far));
    }

    [Fact]
    public async Task AProfileVisibilityChange_HidesTheProfile_FromThoseItNoLongerReaches()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        var profile = scene.Reader.GetGrain<IUserGrain>(scene.Author);
        Assert.NotNull((await profile.ViewProfileAsync(scene.Stranger)).Full);

        await scene.User(scene.Author).UpdateSettingsAsync(new SettingsUpdate(Visibility.Followers, null, null));
        Assert.Null((await profile.ViewProfileAsync(scene.Stranger)).Full);
        Assert.NotNull((await profile.ViewProfileAsync(scene.Far)).Full);

        await scene.User(scene.Author).UpdateSettingsAsync(new SettingsUpdate(Visibility.Private, null, null));
        Assert.Null((await profile.ViewProfileAsync(scene.Far)).Full);
        Assert.NotNull((await profile.ViewProfileAsync(scene.Author)).Full);
    }

    // What every read path shows of the scene's post, to a follower: both warm feeds, by id (silo 0), the author's page
    // (an SQL list) and a fresh feed (not read before).
    private static async Task<IReadOnlyList<bool>> EveryPathShowsAsync(Scene scene, string freshReader)
    {
        var byAuthor = await scene.Reader.GetGrain<ISocialQueryGrain>("0").GetPostsByAuthorAsync(scene.Author, scene.Near, null, 20);
        var fresh = await scene.Reader.GetGrain<IFeedGrain>(freshReader).GetPageAsync(null, 20);
        return
        [
            await FeedPostAsync(scene, scene.Near) is not null,
            await FeedPostAsync(scene, scene.Far) is not null,
            await ByIdAsync(scene, scene.Near) is not null,
            byAuthor.Items.Any(p => p.Id == scene.PostId),
            fresh.Items.Any(p => p.Id == scene.PostId),
        ];
    }

    private static HiddenAuthors HiddenOn(TestSilo silo) => silo.Services.GetRequiredService<HotReadCache>().HiddenAuthors;

    [Fact]
    public async Task ASuspension_HidesTheAuthorsPosts_OnEverySiloAndPath_UntilLifted_AndANewSiloStartsWithIt()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        var staff = await RegisterAsync(cluster);
        var standing = scene.Writer.GetGrain<IAccountStandingGrain>(scene.Author);
        string[] fresh = [await FollowerAsync(scene), await FollowerAsync(scene)];

        await standing.SetSuspendedAsync(true, new StaffReason(staff, "spam"));

        Assert.All(await EveryPathShowsAsync(scene, fresh[0]), Assert.False);
        Assert.NotNull(await ByIdAsync(scene, scene.Author));
        Assert.All(cluster.Silos, silo => Assert.Equal(HiddenReasons.Suspended, HiddenOn(silo).ReasonsOf(scene.Author)));
        var joined = await cluster.StartAdditionalSiloAsync();
        Assert.True(HiddenOn(joined).Hides(scene.Author, scene.Near));

        await standing.SetSuspendedAsync(false, new StaffReason(staff, "appeal"));

        Assert.All(await EveryPathShowsAsync(scene, fresh[1]), Assert.True);
        Assert.All(cluster.Silos, silo => Assert.False(HiddenOn(silo).Hides(scene.Author, scene.Near)));
    }

    [Fact]
    public async Task ADeletionRequest_HidesTheAuthorsPosts_OnEverySiloAndPath_AndASignInThatCancelsItShowsThem()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        string[] fresh = [await FollowerAsync(scene), await FollowerAsync(scene)];

        await scene.Writer.GetGrain<IAccountGrain>(scene.Author).RequestDeletionAsync("Correct-Horse-42", null, null);

        Assert.All(await EveryPathShowsAsync(scene, fresh[0]), Assert.False);
        Assert.All(cluster.Silos, silo => Assert.Equal(HiddenReasons.PendingDeletion, HiddenOn(silo).ReasonsOf(scene.Author)));
        var joined = await cluster.StartAdditionalSiloAsync();
        Assert.True(HiddenOn(joined).Hides(scene.Author, scene.Near));

        var login = await scene.Writer.GetGrain<IUserGrain>(scene.Author).VerifyLoginAsync("Correct-Horse-42", null, null);
        Assert.True(login.DeletionCancelled);

        Assert.All(await EveryPathShowsAsync(scene, fresh[1]), Assert.True);
        Assert.All(cluster.Silos, silo => Assert.False(HiddenOn(silo).Hides(scene.Author, scene.Near)));
    }

    [Fact]
    public async Task ACancelledDeletion_OfASuspendedAuthor_KeepsThePostsHidden_UntilTheSuspensionIsLifted()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        var staff = await RegisterAsync(cluster);
        var standing = scene.Writer.GetGrain<IAccountStandingGrain>(scene.Author);
        var account = scene.Writer.GetGrain<IAccountGrain>(scene.Author);
        string[] fresh = [await FollowerAsync(scene), await FollowerAsync(scene)];
        await account.RequestDeletionAsync("Correct-Horse-42", null, null);
        await standing.SetSuspendedAsync(true, new StaffReason(staff, "spam"));

        Assert.True(await account.CancelDeletionAsync());
        Assert.All(await EveryPathShowsAsync(scene, fresh[0]), Assert.False);

        await standing.SetSuspendedAsync(false, new StaffReason(staff, "appeal"));
        Assert.All(await EveryPathShowsAsync(scene, fresh[1]), Assert.True);
    }

    [Fact]
    public async Task APurge_DropsTheAuthorFromEverySilosHiddenAuthors_AndANewSiloDoesNotLoadItAgain()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        var staff = await RegisterAsync(cluster);
        var account = scene.Writer.GetGrain<IAccountGrain>(scene.Author);
        await account.RequestDeletionAsync("Correct-Horse-42", null, null);
        await scene.Writer.GetGrain<IAccountStandingGrain>(scene.Author).SetSuspendedAsync(true, new StaffReason(staff, "spam"));
        Assert.All(cluster.Silos, silo => Assert.Equal(HiddenReasons.Suspended | HiddenReasons.PendingDeletion, HiddenOn(silo).ReasonsOf(scene.Author)));

        await account.PurgeNowAsync();

        Assert.All(cluster.Silos, silo => Assert.Equal(HiddenReasons.None, HiddenOn(silo).ReasonsOf(scene.Author)));
        Assert.Null(await ByIdAsync(scene, scene.Near));
        var joined = await cluster.StartAdditionalSiloAsync();
        Assert.Equal(HiddenReasons.None, HiddenOn(joined).ReasonsOf(scene.Author));
    }

    // A new follower of the author, whose feed is not read yet.
    private static async Task<string> FollowerAsync(Scene scene)
    {
        var follower = await RegisterAsync(scene.Cluster);
        await scene.User(follower).FollowAsync(scene.Author);
        return follower;
    }

    [Fact]
    public async Task ASiloThatJoins_SettlesOnceEveryOtherSiloSeesIt_AndThenTakesEveryChange()
    {
        await using var cluster = await StartAsync(_clock, o => o.Silos = 2);
        var scene = await SetUpAsync(cluster);
        var late = await FollowerAsync(scene);

        var joined = await cluster.StartAdditionalSiloAsync();
        var cache = joined.Services.GetRequiredService<HotReadCache>();

        // The bound only turns a hang into a failure.
        await cache.Settled.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.All(cluster.Silos, silo => Assert.True(silo.Services.GetRequiredService<HotReadCache>().Settled.IsCompletedSuccessfully));
        await joined.MoveHereAsync(cluster.GrainFactory.GetGrain<IFeedGrain>(late).GetGrainId());
        Assert.Equal("first words", (await FeedPostAsync(scene, late))?.Content);
        Assert.True(cache.Posts.TryGet(scene.PostId, out _));

        await scene.Post.UpdateAsync(scene.Author, "after the join", null);

        Assert.True(cache.Posts.TryGet(scene.PostId, out var copy));
        Assert.Equal("after the join", copy.Content);
        Assert.Equal("after the join", (await FeedPostAsync(scene, late))?.Content);
    }
}
