using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;
using Vrss.Grains.Users;

namespace Vrss.Bench.Feeds;

/// <summary>
/// Loads the scenario's users, follows and older posts: through the repositories on the Memory provider, with
/// COPY on PostgreSQL (setup is not what is measured). The first id is the star, followed by every other user.
/// </summary>
internal static class FeedData
{
    public static async Task<int> LoadAsync(IServiceProvider services, bool postgres, string[] ids, List<int>[] graph, int postsPerUser, Random random)
    {
        var now = DateTimeOffset.UtcNow;
        var users = ids[1..];
        var follows = new List<(string Follower, string Followee, DateTimeOffset At)>();
        for (var u = 0; u < users.Length; u++)
        {
            follows.Add((users[u], ids[0], now.AddDays(-1).AddTicks(follows.Count * 10)));
            follows.AddRange(graph[u].Select(t => (users[u], users[t], now.AddDays(-1).AddTicks(follows.Count * 10))));
        }

        var posts = users.SelectMany(u => Enumerable.Range(0, postsPerUser)
            .Select(_ => (Id: Guid.CreateVersion7().ToString("N"), Author: u, At: now.AddSeconds(-random.Next(1, 7 * 24 * 3600))))).ToList();

        if (postgres)
        {
            await CopyAsync(services.GetRequiredService<NpgsqlDataSource>(), ids, follows, posts, now);
        }
        else
        {
            var userRepository = services.GetRequiredService<IUserRepository>();
            var followRepository = services.GetRequiredService<IFollowRepository>();
            var postRepository = services.GetRequiredService<IPostRepository>();
            for (var i = 0; i < ids.Length; i++)
            {
                await userRepository.InsertAsync(new UserRecord(ids[i], Name(i), $"{Name(i)}@bench.example", $"User {i}", now, new UserCredentials("not-a-hash", null, null, null, 0, 1)));
            }

            foreach (var (follower, followee, at) in follows)
            {
                await followRepository.FollowAsync(follower, followee, at);
            }

            foreach (var (id, author, at) in posts)
            {
                await postRepository.CreateAsync(new NewPost(id, author, PostType.TextShort, "an older post", [], PostVisibility.Public, at));
            }
        }

        return follows.Count;
    }

    private static string Name(int i) => i == 0 ? "star" : $"user{i}";

    private static async Task CopyAsync(
        NpgsqlDataSource dataSource,
        string[] ids,
        List<(string Follower, string Followee, DateTimeOffset At)> follows,
        List<(string Id, string Author, DateTimeOffset At)> posts,
        DateTimeOffset now)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var users = await connection.BeginBinaryImportAsync(
            "COPY users (id, username, email, email_normalized, display_name, created_at, password_hash) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                await users.WriteRowAsync(default, ids[i], Name(i), $"{Name(i)}@bench.example", $"{Name(i)}@bench.example", $"User {i}", now, "not-a-hash");
            }

            await users.CompleteAsync();
        }

        await using (var edges = await connection.BeginBinaryImportAsync("COPY follows (follower_id, followee_id, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (follower, followee, at) in follows)
            {
                await edges.StartRowAsync();
                await edges.WriteAsync(follower, NpgsqlDbType.Text);
                await edges.WriteAsync(followee, NpgsqlDbType.Text);
                await edges.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }

            await edges.CompleteAsync();
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            "COPY posts (id, author_id, type, content, media_ids, visibility, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, author, at) in posts)
            {
                await rows.StartRowAsync();
                await rows.WriteAsync(id, NpgsqlDbType.Text);
                await rows.WriteAsync(author, NpgsqlDbType.Text);
                await rows.WriteAsync((short)PostType.TextShort, NpgsqlDbType.Smallint);
                await rows.WriteAsync("an older post", NpgsqlDbType.Text);
                await rows.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await rows.WriteAsync((short)PostVisibility.Public, NpgsqlDbType.Smallint);
                await rows.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }

            await rows.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE users; ANALYZE follows; ANALYZE posts;", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
