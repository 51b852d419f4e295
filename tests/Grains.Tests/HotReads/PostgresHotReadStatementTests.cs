using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.HotReads;

/// <summary>
/// Warm hot reads run no SQL at all: an active home feed (posts, their authors' cards and the reader's own reactions), a profile seen by a signed-in
/// reader (who may follow its owner), and a post by id (public, and followers-only read by a follower). Counted from
/// Npgsql's own command activities on this class's database, which also carry Orleans' grain storage.
/// </summary>
public sealed class PostgresHotReadStatementTests(PostgresDatabaseFixture database) : GrainClusterTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }

    [Fact]
    public async Task WarmFeedProfileAndPostReads_RunNoStatement_WhileTheirColdReadsDo()
    {
        await using var cluster = await StartAsync(_clock);
        var grains = cluster.GrainFactory;
        var author = await RegisterAsync(cluster);
        var reader = await RegisterAsync(cluster);
        var other = await RegisterAsync(cluster);
        await grains.GetGrain<IUserGrain>(reader).FollowAsync(author);
        await grains.GetGrain<IUserGrain>(reader).FollowAsync(other);
        var posts = new List<PostView>();
        foreach (var (who, visibility) in new[] { (author, PostVisibility.Public), (other, PostVisibility.Public), (author, PostVisibility.Followers) })
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            posts.Add(await grains.GetGrain<IUserGrain>(who).CreatePostAsync(new PostDraft(PostType.TextShort, $"by {who}", [], visibility)));
        }

        await grains.GetGrain<IPostGrain>(posts[1].Id).ReactAsync(reader, ReactionType.Like);
        using var counter = new StatementCounter(database.ConnectionString);

        // Cold: the feed builds its timeline and reads its posts and cards from the tables (proves the counter sees them).
        var cold = await counter.CountAsync(() => ReadAllAsync(grains, author, reader, posts));
        Assert.NotEmpty(cold);

        var warm = await counter.CountAsync(() => ReadAllAsync(grains, author, reader, posts));
        Assert.Empty(warm);

        // Still none after another post reaches the active feed.
        _clock.Advance(TimeSpan.FromSeconds(1));
        var fresh = await grains.GetGrain<IUserGrain>(other).CreatePostAsync(new PostDraft(PostType.TextShort, "fresh", [], PostVisibility.Public));
        IReadOnlyList<string> ids = [];
        var afterPost = await counter.CountAsync(async () => ids = [.. (await grains.GetGrain<IFeedGrain>(reader).GetPageAsync(null, 20)).Items.Select(p => p.Id)]);
        Assert.Empty(afterPost);
        Assert.Equal([fresh.Id, posts[2].Id, posts[1].Id, posts[0].Id], ids);
    }

    private static async Task ReadAllAsync(IGrainFactory grains, string author, string reader, IReadOnlyList<PostView> posts)
    {
        var feed = await grains.GetGrain<IFeedGrain>(reader).GetPageAsync(null, 20);
        Assert.Equal(posts.Count, feed.Items.Count);
        var mine = await grains.GetGrain<IOwnReactionsGrain>(reader).GetAsync([.. feed.Items.Select(p => p.Id)]);
        Assert.Equal(ReactionType.Like, Assert.Single(mine, r => r.Key == posts[1].Id).Value);
        Assert.Single(mine);
        var profile = await grains.GetGrain<IUserGrain>(author).ViewProfileAsync(reader);
        Assert.True(profile.IsFollowing);
        foreach (var post in posts)
        {
            Assert.Equal(post.Content, (await grains.GetGrain<IPostGrain>(post.Id).GetAsync(reader)).Content);
        }
    }

    private static async Task<string> RegisterAsync(TestCluster cluster)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var username = "z_" + Guid.NewGuid().ToString("N")[..20];
        await cluster.GrainFactory.GetGrain<IUserGrain>(id).RegisterAsync(new NewAccount(username, $"{username}@example.com", "Correct-Horse-42", username));
        return id;
    }
}
