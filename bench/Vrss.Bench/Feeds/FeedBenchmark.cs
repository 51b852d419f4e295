using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;
using Vrss.Grains.Feeds;
using Vrss.Grains.Hosting;
using Vrss.Grains.Users;
using Vrss.TestingHost;

namespace Vrss.Bench.Feeds;

/// <summary>
/// Home feeds at grain level (no HTTP), on the Memory provider or PostgreSQL: a follow graph of 10,000 users with a power-law
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
            o.Configuration["Vrss:Storage:Provider"] = options.Postgres is null ? "Memory" : "Postgres";
            o.Configuration["ConnectionStrings:Vrss"] = options.Postgres;
            o.Configuration["Vrss:Feeds:FanOutFollowerLimit"] = options.FanOutLimit.ToString(CultureInfo.InvariantCulture);
            o.Configuration["Vrss:Runtime:ResponseTimeout"] = "00:02:00";
            o.Configuration["Vrss:Clustering:DeathTimeout"] = "00:01:00";
            o.ConfigureBuilder((builder, _) => builder.Services.AddVrssGrains(builder.Configuration));
        });
        var factories = cluster.Silos.Select(s => s.GrainFactory).ToArray();
        IGrainFactory Entry(int i) => factories[(uint)i % factories.Length];

        var setup = Stopwatch.StartNew();
        var ids = Enumerable.Range(0, options.Users + 1).Select(_ => Guid.CreateVersion7().ToString("N")).ToArray();
        var (star, users) = (ids[0], ids[1..]);
        var graph = FollowGraph.Build(users.Length, options.FollowsPerUser, options.ZipfExponent, random);
        var edges = await FeedData.LoadAsync(cluster.ServiceProvider, options.Postgres is not null, ids, graph, options.SeedPostsPerUser, random);
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

        var quiet = await Measurement.SequentialAsync("home feed read, active, limit 20 (1 reader, nothing else running)", Math.Min(20_000, users.Length * 2),
            i => Entry(i).GetGrain<IFeedGrain>(users[(int)((uint)(i * 7919) % users.Length)]).GetPageAsync(null, 20));
        var (reads, posts) = await SteadyAsync(options, users, Entry, random);
        // What reading all 10,000 feeds costs by itself, so the delivery figures below can be read against it.
        var sweep = Stopwatch.StartNew();
        await Parallel.ForEachAsync(users.Select((u, i) => (u, i)), new ParallelOptions { MaxDegreeOfParallelism = 64 },
            async (x, _) => await Entry(x.i).GetGrain<IFeedGrain>(x.u).GetPageAsync(null, 1));
        var sweepMs = sweep.Elapsed.TotalMilliseconds;

        var fanOuts = new List<(double CreateMs, double DeliveredMs, double VisibleMs, int Retries)>();
        for (var i = 0; i < options.StarPosts; i++)
        {
            fanOuts.Add(await StarPostAsync(star, users, Entry, i, fannedOut: users.Length <= options.FanOutLimit));
        }

        Console.WriteLine();
        Console.WriteLine(Measurement.Header);
        Console.WriteLine(cold);
        Console.WriteLine(quiet);
        Console.WriteLine(reads);
        Console.WriteLine(posts);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reading all {users.Length:N0} followers' feeds once (64 at a time, no new post): {sweepMs:0.0} ms"));
        Console.WriteLine();
        Console.WriteLine($"| star post to {users.Length:N0} active followers' feeds | post.create call (ms) | added to all {users.Length + 1:N0} feeds (ms) | visible in all feeds by reading (ms) | re-reads |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (run, (create, delivered, visible, retries)) in fanOuts.Select((f, i) => (i + 1, f)))
        {
            var added = double.IsNaN(delivered) ? "not fanned out (pulled)" : delivered.ToString("0.0", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| run {run} | {create:0.0} | {added} | {visible:0.0} | {retries} |"));
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

    // The star posts. Delivery: from the start of the call until the last active feed has added the post (the
    // feeds' delivery counter reaches the number of feeds). Then, as a check from the outside, every follower's
    // feed is read (64 at a time) and must show the post as its newest item.
    private static async Task<(double CreateMs, double DeliveredMs, double VisibleMs, int Retries)> StarPostAsync(
        string star, string[] users, Func<int, IGrainFactory> entry, int run, bool fannedOut)
    {
        var feeds = users.Length + 1;
        var delivered = 0L;
        var allDelivered = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = Stopwatch.GetTimestamp();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == FeedMetrics.MeterName && instrument.Name == FeedMetrics.DeliveredName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            if (Interlocked.Add(ref delivered, value) == feeds)
            {
                allDelivered.TrySetResult(Stopwatch.GetElapsedTime(start));
            }
        });
        listener.Start();

        var post = await entry(run).GetGrain<IUserGrain>(star).CreatePostAsync(new PostDraft(PostType.TextShort, $"star post {run}", [], PostVisibility.Public));
        var created = Stopwatch.GetElapsedTime(start);
        // A pulled star is not fanned out at all: its followers' feeds merge its posts when read.
        var deliveredIn = fannedOut ? (await allDelivered.Task.WaitAsync(TimeSpan.FromMinutes(1))).TotalMilliseconds : double.NaN;
        var retries = 0;
        await Parallel.ForEachAsync(users.Select((u, i) => (u, i)), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (x, _) =>
        {
            while ((await entry(x.i).GetGrain<IFeedGrain>(x.u).GetPageAsync(null, 1)).Items[0].Id != post.Id)
            {
                Interlocked.Increment(ref retries);
                await Task.Delay(1, CancellationToken.None);
            }
        });
        var visible = Stopwatch.GetElapsedTime(start);
        return (created.TotalMilliseconds, deliveredIn, visible.TotalMilliseconds, retries);
    }
}
