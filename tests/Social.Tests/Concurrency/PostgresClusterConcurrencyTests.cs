using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Posts;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Social.Tests.Concurrency;

/// <summary>
/// Many users acting on one post and one account at once, through three silos sharing PostgreSQL: every count is
/// exact, and still exact after every grain is gone and reloaded from the database by a new cluster.
/// </summary>
public sealed class PostgresClusterConcurrencyTests(PostgresDatabaseFixture database) : SocialTests, IClassFixture<PostgresDatabaseFixture>
{
    private const int Users = 200;

    protected override int Silos => 3;

    // 800 requests at once keep two cores busy for a while: give heartbeats the slack a production cluster has.
    protected override void ConfigureStorage(TestClusterOptions options) =>
        options.UsePostgresStorage(database.ConnectionString).Configuration["Vrss:Clustering:DeathTimeout"] = "00:00:30";

    [Fact]
    public async Task TwoHundredUsers_ReactCommentAndFollowAtOnce_CountsAreExact_AndStayExactAfterReload()
    {
        string postId;
        string authorName;
        Dictionary<ReactionType, int> stored;
        {
            await using var cluster = await StartSocialAsync();
            using var author = await JoinAsync(cluster, "author");
            authorName = author.Username;
            var crowd = await JoinManyAsync(cluster, Users, "crowd");
            postId = (await author.PostAsync("react to this")).Id();

            // Each user reacts twice at once with two different types (one of them wins), comments once and follows
            // the author, all 800 requests in flight together, entering through every silo.
            var reactions = new[] { "like", "love", "laugh", "wow", "sad", "angry" };
            var calls = crowd.SelectMany((u, i) => new[]
            {
                u.Client.CallAsync("post.react", new { postId, reaction = reactions[i % 6] }),
                u.Client.CallAsync("post.react", new { postId, reaction = reactions[(i + 1) % 6] }),
                u.Client.CallAsync("post.comment", new { postId, content = $"comment from {u.Username}" }),
                u.Client.CallAsync("social.follow", new { userId = author.Id }),
            });
            var responses = await Task.WhenAll(calls);
            Assert.All(responses, r => r.AssertSuccess());

            stored = new Dictionary<ReactionType, int>(await cluster.ServiceProvider.GetRequiredService<IReactionRepository>().CountAsync(postId));
            Assert.Equal(Users, stored.Values.Sum());
            await AssertCountsAsync(Client(cluster), postId, authorName, stored);
            var comments = await SocialCalls.AllPagesAsync(cursor => author.Client.CallAsync("post.getComments", new { postId, cursor, limit = 100 }));
            Assert.Equal(Users, comments.Select(SocialCalls.Id).Distinct().Count());
            Assert.Equal(Users, await cluster.ServiceProvider.GetRequiredService<ICommentRepository>().CountAsync(postId));
            foreach (var user in crowd)
            {
                user.Dispose();
            }
        }

        // A new cluster: every grain starts from what PostgreSQL holds.
        await using var reloaded = await StartSocialAsync();
        await AssertCountsAsync(Client(reloaded, 2), postId, authorName, stored);
        Assert.Equal(new PostCounters(Users, Users), await reloaded.ServiceProvider.GetRequiredService<IPostRepository>().RecountAsync(postId));
        await AssertCountsAsync(Client(reloaded, 1), postId, authorName, stored);
    }

    private static async Task AssertCountsAsync(RpcClient client, string postId, string authorName, IReadOnlyDictionary<ReactionType, int> expected)
    {
        var post = (await client.CallAsync("post.getById", new { postId })).AssertSuccess().GetProperty("post");
        var counts = post.GetProperty("reactionCounts").EnumerateObject().ToDictionary(p => Enum.Parse<ReactionType>(p.Name, ignoreCase: true), p => p.Value.GetInt32());
        Assert.Equal(expected.Where(e => e.Value > 0).OrderBy(e => e.Key), counts.OrderBy(e => e.Key));
        Assert.Equal(Users, post.GetProperty("commentCount").GetInt32());
        var profile = await client.ProfileAsync(authorName);
        Assert.Equal(Users, profile.Count("followersCount"));
        Assert.Equal(1, profile.Count("postsCount"));
        Assert.Equal(JsonValueKind.Object, post.GetProperty("reactionCounts").ValueKind);
    }
}
