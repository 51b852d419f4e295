using System.Collections.Concurrent;
using System.Diagnostics;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.Posts;

/// <summary>
/// What a new post costs the database, counted from Npgsql's own command activities: the post is one INSERT with
/// no read of the brand-new row before it, and its fan-out reads no follower ids (the author's grain holds them).
/// </summary>
public sealed class PostgresPostStatementTests(PostgresDatabaseFixture database) : GrainClusterTests, IClassFixture<PostgresDatabaseFixture>
{
    private readonly ManualTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureStorage(TestClusterOptions options)
    {
        options.Configuration["Vrss:Storage:Provider"] = "Postgres";
        options.Configuration["ConnectionStrings:Vrss"] = database.ConnectionString;
    }

    [Fact]
    public async Task CreatePost_TouchesThePostsTableWithOneInsert_AndReadsNoFollowers()
    {
        await using var cluster = await StartAsync(_clock);
        var username = "s_" + Guid.NewGuid().ToString("N")[..20];
        var author = cluster.GrainFactory.GetGrain<IUserGrain>(Guid.CreateVersion7().ToString("N"));
        await author.RegisterAsync(new NewAccount(username, $"{username}@example.com", "Correct-Horse-42", username));
        await author.CreatePostAsync(new PostDraft(PostType.TextShort, "warms the author's grains and follower ids", [], PostVisibility.Public));

        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => statements.Enqueue(activity.GetTagItem("db.query.text") as string ?? activity.DisplayName),
        };
        ActivitySource.AddActivityListener(listener);

        var post = await author.CreatePostAsync(new PostDraft(PostType.TextShort, "counted", [], PostVisibility.Public));

        var onPosts = statements.Where(s => s.Contains(" posts", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal("counted", post.Content);
        var only = Assert.Single(onPosts);
        Assert.StartsWith("INSERT INTO posts", only.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Contains("FROM follows", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ARepeatedPostId_IsStillAConflict_ForAnActivationThatNeverReadTheRow()
    {
        var username = "s_" + Guid.NewGuid().ToString("N")[..20];
        var authorId = Guid.CreateVersion7().ToString("N");
        var postId = Guid.CreateVersion7().ToString("N");
        var creation = new PostCreation(authorId, PostType.TextShort, "first", [], PostVisibility.Public, false);
        await using (var first = await StartAsync(_clock))
        {
            await first.GrainFactory.GetGrain<IUserGrain>(authorId)
                .RegisterAsync(new NewAccount(username, $"{username}@example.com", "Correct-Horse-42", username));
            await first.GrainFactory.GetGrain<IPostGrain>(postId).CreateAsync(creation);
        }

        // A new cluster on the same database: the post's new activation has not read its row; the INSERT finds it.
        await using var second = await StartAsync(_clock);
        var post = second.GrainFactory.GetGrain<IPostGrain>(postId);
        var repeat = await Assert.ThrowsAsync<Vrss.GrainInterfaces.Errors.VrssException>(() => post.CreateAsync(creation with { Content = "second" }));
        var stored = await post.GetAsync(authorId);

        Assert.Equal(ErrorCode.Conflict, repeat.Code);
        Assert.Equal("first", stored.Content);
    }
}
