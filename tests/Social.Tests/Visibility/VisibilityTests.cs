using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests.Visibility;

/// <summary>
/// Post visibility on every read path: a <c>followers</c> post is seen only by its author and their followers, a
/// <c>private</c> post only by its author, whoever asks and however (by id, by author, in feeds, in search, in
/// discovery, through its comments), including after the visibility changes.
/// </summary>
public abstract class VisibilityTests : SocialTests
{
    [Fact]
    public async Task GetById_And_GetComments_And_Interactions()
    {
        await using var scene = await SceneAsync();
        foreach (var reader in scene.Readers)
        {
            foreach (var (post, _) in scene.Posts)
            {
                var visible = scene.MaySee(reader, post);
                var byId = await reader.Client.CallAsync("post.getById", new { postId = post });
                var comments = await reader.Client.CallAsync("post.getComments", new { postId = post });
                if (visible)
                {
                    byId.AssertSuccess();
                    comments.AssertSuccess();
                }
                else
                {
                    byId.AssertError(404, 1303);
                    comments.AssertError(404, 1303);
                    if (reader.Account is not null)
                    {
                        (await reader.Client.CallAsync("post.react", new { postId = post, reaction = "like" })).AssertError(404, 1303);
                        (await reader.Client.CallAsync("post.comment", new { postId = post, content = "hi" })).AssertError(404, 1303);
                    }
                }
            }
        }
    }

    [Fact]
    public async Task GetByUser()
    {
        await using var scene = await SceneAsync();
        foreach (var reader in scene.Readers)
        {
            var seen = (await reader.Client.CallAsync("post.getByUser", new { username = scene.Author.Username, limit = 100 })).ItemIds();
            Assert.Equal(scene.Expected(reader), seen);
        }
    }

    [Fact]
    public async Task SearchPosts()
    {
        await using var scene = await SceneAsync();
        foreach (var reader in scene.Readers)
        {
            var found = (await reader.Client.CallAsync("discovery.searchPosts", new { query = scene.Tag, limit = 100 })).ItemIds();
            Assert.Equal(scene.Expected(reader), found);
        }
    }

    [Fact]
    public async Task DiscoverFeed_ShowsOnlyPublicPosts_ToEveryone()
    {
        await using var scene = await SceneAsync();
        foreach (var reader in scene.Readers)
        {
            var discovered = SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => reader.Client.CallAsync("discovery.getDiscoverFeed", new { cursor, limit = 100 })));
            Assert.Equal([scene.Public], discovered.Intersect(scene.Posts.Select(p => p.Id)));
        }
    }

    [Fact]
    public async Task HomeFeed()
    {
        await using var scene = await SceneAsync();
        foreach (var reader in scene.Readers.Where(r => r.Account is not null))
        {
            // Only the author and their followers have the author in their feed; nobody sees more than they may.
            var home = (await (reader.Member!).HomeIdsAsync()).Intersect(scene.Posts.Select(p => p.Id)).ToList();
            var expected = reader.Role is Role.Author or Role.Follower ? scene.Expected(reader) : [];
            Assert.Equal(expected, home);
        }
    }

    [Fact]
    public async Task ChangingVisibility_HidesThePostAgain_OnEveryPath()
    {
        await using var scene = await SceneAsync();
        var fan = scene.Readers.Single(r => r.Role == Role.Follower);
        Assert.Contains(scene.Followers, await (fan.Member!).HomeIdsAsync());

        (await scene.Author.Client.CallAsync("post.update", new { postId = scene.Followers, visibility = "private" })).AssertSuccess();

        (await fan.Client.CallAsync("post.getById", new { postId = scene.Followers })).AssertError(404, 1303);
        Assert.DoesNotContain(scene.Followers, await (fan.Member!).HomeIdsAsync());
        Assert.DoesNotContain(scene.Followers, (await fan.Client.CallAsync("post.getByUser", new { username = scene.Author.Username })).ItemIds());
        Assert.DoesNotContain(scene.Followers, (await fan.Client.CallAsync("discovery.searchPosts", new { query = scene.Tag })).ItemIds());

        // A private post made public reaches the followers' feeds it never went to.
        (await scene.Author.Client.CallAsync("post.update", new { postId = scene.Private, visibility = "public" })).AssertSuccess();
        Assert.Contains(scene.Private, await (fan.Member!).HomeIdsAsync());
        Assert.Contains(scene.Private, SocialCalls.Ids(await SocialCalls.AllPagesAsync(cursor => fan.Client.CallAsync("discovery.getDiscoverFeed", new { cursor, limit = 100 }))));
    }

    private async Task<Scene> SceneAsync()
    {
        var cluster = await StartSocialAsync();
        var author = await JoinAsync(cluster, "author");
        var fan = await JoinAsync(cluster, "fan", 1);
        var stranger = await JoinAsync(cluster, "stranger", 2);
        var exFan = await JoinAsync(cluster, "exfan", 3);
        await fan.FollowAsync(author);
        await exFan.FollowAsync(author);
        (await exFan.HomeAsync()).AssertSuccess(); // the feed is active when the posts go out
        var tag = "tag" + Guid.NewGuid().ToString("N")[..12];
        var pub = (await author.PostAsync($"{tag} for everyone", "public")).Id();
        var fol = (await author.PostAsync($"{tag} for my followers", "followers")).Id();
        var priv = (await author.PostAsync($"{tag} for me", "private")).Id();
        await exFan.UnfollowAsync(author);
        var anonymous = Client(cluster);
        return new Scene(
            cluster,
            author,
            tag,
            [
                new Reader(Role.Author, author.Client, author),
                new Reader(Role.Follower, fan.Client, fan),
                new Reader(Role.Stranger, stranger.Client, stranger),
                new Reader(Role.Stranger, exFan.Client, exFan),
                new Reader(Role.Anonymous, anonymous, null),
            ],
            pub,
            fol,
            priv);
    }

    private enum Role
    {
        Author,
        Follower,
        Stranger,
        Anonymous,
    }

    private sealed record Reader(Role Role, RpcClient Client, Member? Member)
    {
        public TestAccount? Account => Member?.Account;
    }

    private sealed record Scene(Vrss.TestingHost.TestCluster Cluster, Member Author, string Tag, IReadOnlyList<Reader> Readers, string Public, string Followers, string Private)
        : IAsyncDisposable
    {
        public IReadOnlyList<(string Id, string Visibility)> Posts => [(Public, "public"), (Followers, "followers"), (Private, "private")];

        public bool MaySee(Reader reader, string postId) =>
            postId == Public || reader.Role == Role.Author || (postId == Followers && reader.Role == Role.Follower);

        /// <summary>The posts the reader may see, newest first.</summary>
        public List<string> Expected(Reader reader) => [.. new[] { Private, Followers, Public }.Where(p => MaySee(reader, p))];

        public async ValueTask DisposeAsync()
        {
            foreach (var reader in Readers)
            {
                reader.Client.Dispose();
            }

            await Cluster.DisposeAsync();
        }
    }
}
