using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;
using Vrss.Grains.Posts;
using Vrss.Grains.Social;
using Vrss.Grains.Users;
using Vrss.Runtime.Core;
using Vrss.TestingHost;

namespace Vrss.Bench.Feeds;

/// <summary>
/// Home feeds at grain level (no HTTP), on the Memory provider: a follow graph of 10,000 users with a power-law
/// follower distribution plus a star every user follows; steady posting while readers read active home feeds;
/// then the star posts and every one of its 10,000 followers' feeds is read until the post shows.
/// </summary>
internal static class FeedBenchmark
{
    public static async Task RunAsync(FeedBenchOptions options)
    {
        var random = new Random(42);
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Silos = options.Silos;
            o.ShareSingleton<MemoryDatabase>();
            o.Configuration["Vrss:Storage:Provider"] = "Memory";
            o.Configuration["Vrss:Feeds:FanOutFollowerLimit"] = options.FanOutLimit.ToString(CultureInfo.InvariantCulture);
            o.Configuration["Vrss:Runtime:ResponseTimeout"] = "00:02:00";
            o.Configuration["Vrss:Clustering:DeathTimeout"] = "00:01:00";
            o.ConfigureBuilder((builder, _) => builder.Services.AddVrssGrains(builder.Configuration));
        });
        var factories = cluster.Silos.Select(s => s.GrainFactory).ToArray();
        IGrainFactory Entry(int i) => factories[(uint)i % factories.Length];

        var setup = Stopwatch.StartNew();
        var (star, users) = await CreateUsersAsync(cluster, options.Users);
        var graph = FollowGraph.Build(users.Length, options.FollowsPerUser, options.ZipfExponent, random);
        var edges = await CreateFollowsAsync(cluster, star, users, graph);
        await SeedPostsAsync(cluster, users, options.SeedPostsPerUser, random);
        var byFollowers = graph.SelectMany(f => f).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var followerCounts = byFollowers.Values.OrderDescending().ToArray();

        // The follows went straight into the table: activating the large accounts' grains lets each notice that it
        // is over the fan-out limit and mark itself pulled, before any feed is built.
        foreach (var user in byFollowers.Where(x => x.Value > options.FanOutLimit).Select(x => users[x.Key]).Append(star))
        {
            await Entry(0).GetGrain<IUserGrain>(user).GetProfileAsync();
        }

        var pulled = byFollowers.Count(x => x.Value > options.FanOutLimit) + (users.Length > options.FanOutLimit ? 1 : 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Setup: {users.Length + 1:N0} users, {edges:N0} follows (top accounts: {string.Join(", ", followerCounts.Take(5).Select(c => c.ToString("N0", CultureInfo.InvariantCulture)))} followers; median {followerCounts[followerCounts.Length / 2]}; star {users.Length:N0}; {pulled} accounts over the fan-out limit), {users.Length * options.SeedPostsPerUser:N0} posts, {setup.Elapsed.TotalSeconds:0.0} s"));

        // Every feed becomes active: its first read rebuilds it from the tables.
        var everyone = users.Append(star).ToArray();
        var perReader = everyone.Length / 16;
        foreach (var rest in everyone[(perReader * 16)..])
        {
            await Entry(0).GetGrain<IFeedGrain>(rest).GetPageAsync(null, 20);
        }

        var cold = await Measurement.ConcurrentAsync("home feed read, cold (rebuild on activation)", 16, perReader,
            (c, i) => Entry(c).GetGrain<IFeedGrain>(everyone[(c * perReader) + i]).GetPageAsync(null, 20));

        var (reads, posts) = await SteadyAsync(options, users, Entry, random);
        var fanOuts = new List<(double CreateMs, double VisibleMs, int Retries)>();
        for (var i = 0; i < options.StarPosts; i++)
        {
            fanOuts.Add(await StarPostAsync(star, users, Entry, i));
        }

        Console.WriteLine();
        Console.WriteLine(Measurement.Header);
        Console.WriteLine(cold);
        Console.WriteLine(reads);
        Console.WriteLine(posts);
        Console.WriteLine();
        Console.WriteLine($"| star post to {users.Length:N0} active followers' feeds | post.create call (ms) | visible in all feeds (ms) | re-reads |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (run, (create, visible, retries)) in fanOuts.Select((f, i) => (i + 1, f)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| run {run} | {create:0.0} | {visible:0.0} | {retries} |"));
        }
    }

    private static async Task<(string Star, string[] Users)> CreateUsersAsync(TestCluster cluster, int count)
    {
        var repository = cluster.ServiceProvider.GetRequiredService<IUserRepository>();
        var now = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, count + 1).Select(_ => Guid.CreateVersion7().ToString("N")).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            var name = i == 0 ? "star" : $"user{i}";
            await repository.InsertAsync(new UserRecord(ids[i], name, $"{name}@bench.example", $"User {i}", now, new UserCredentials("not-a-hash", null, null, null, 0, 1)));
        }

        return (ids[0], ids[1..]);
    }

    private static async Task<int> CreateFollowsAsync(TestCluster cluster, string star, string[] users, List<int>[] graph)
    {
        var follows = cluster.ServiceProvider.GetRequiredService<IFollowRepository>();
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        var edges = 0;
        for (var u = 0; u < users.Length; u++)
        {
            await follows.FollowAsync(users[u], star, at);
            edges++;
            foreach (var target in graph[u])
            {
                await follows.FollowAsync(users[u], users[target], at.AddTicks(edges));
                edges++;
            }
        }

        return edges;
    }

    private static async Task SeedPostsAsync(TestCluster cluster, string[] users, int perUser, Random random)
    {
        var posts = cluster.ServiceProvider.GetRequiredService<IPostRepository>();
        var now = DateTimeOffset.UtcNow;
        foreach (var user in users)
        {
            for (var i = 0; i < perUser; i++)
            {
                var at = now.AddSeconds(-random.Next(1, 7 * 24 * 3600));
                await posts.CreateAsync(new NewPost(Guid.CreateVersion7().ToString("N"), user, PostType.TextShort, "an older post", [], PostVisibility.Public, at));
            }
        }
    }

    // Posts at a steady rate from random authors while readers read random home feeds (all active by now).
    private static async Task<(Measurement Reads, Measurement Posts)> SteadyAsync(FeedBenchOptions options, string[] users, Func<int, IGrainFactory> entry, Random random)
    {
        var readSamples = new ConcurrentBag<long>();
        var postSamples = new ConcurrentBag<long>();
        var total = options.PostsPerSecond * options.Seconds;
        var authors = Enumerable.Range(0, total).Select(_ => users[random.Next(users.Length)]).ToArray();
        var readers = Enumerable.Range(0, options.Readers).Select(r => new Random(1000 + r)).ToArray();
        using var done = new CancellationTokenSource();
        var start = Stopwatch.GetTimestamp();

        var reading = Enumerable.Range(0, options.Readers).Select(r => Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                var user = users[readers[r].Next(users.Length)];
                var before = Stopwatch.GetTimestamp();
                await entry(r).GetGrain<IFeedGrain>(user).GetPageAsync(null, 20);
                readSamples.Add(Stopwatch.GetTimestamp() - before);
            }
        })).ToList();

        var posting = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / options.PostsPerSecond) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var author = authors[i];
            var index = i;
            posting.Add(Task.Run(async () =>
            {
                var before = Stopwatch.GetTimestamp();
                await entry(index).GetGrain<IUserGrain>(author).CreatePostAsync(new PostDraft(PostType.TextShort, $"post {index}", [], PostVisibility.Public));
                postSamples.Add(Stopwatch.GetTimestamp() - before);
            }));
        }

        await Task.WhenAll(posting);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await done.CancelAsync();
        await Task.WhenAll(reading);
        return (
            Measurement.From($"home feed read, active, limit 20 ({options.Readers} readers, while posting)", [.. readSamples], seconds),
            Measurement.From($"post.create with fan-out ({options.PostsPerSecond}/s, random authors)", [.. postSamples], seconds));
    }

    // The star posts; then every follower's feed is read (64 at a time) until the post is its newest item.
    private static async Task<(double CreateMs, double VisibleMs, int Retries)> StarPostAsync(string star, string[] users, Func<int, IGrainFactory> entry, int run)
    {
        var start = Stopwatch.GetTimestamp();
        var post = await entry(run).GetGrain<IUserGrain>(star).CreatePostAsync(new PostDraft(PostType.TextShort, $"star post {run}", [], PostVisibility.Public));
        var created = Stopwatch.GetElapsedTime(start);
        var retries = 0;
        await Parallel.ForEachAsync(users.Select((u, i) => (u, i)), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (x, _) =>
        {
            while ((await entry(x.i).GetGrain<IFeedGrain>(x.u).GetPageAsync(null, 1)).Items[0].Id != post.Id)
            {
                Interlocked.Increment(ref retries);
                await Task.Delay(1, CancellationToken.None);
            }
        });
        return (created.TotalMilliseconds, Stopwatch.GetElapsedTime(start).TotalMilliseconds, retries);
    }
}
