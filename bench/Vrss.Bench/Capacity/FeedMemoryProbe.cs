using System.Globalization;
using Vrss.Bench.Feeds;
using Vrss.GrainInterfaces.Feeds;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;
using Vrss.Testing;
using Vrss.TestingHost;

namespace Vrss.Bench.Capacity;

/// <summary>
/// Measures the GC heap one active home feed costs: a one-silo cluster on the Memory provider or a throwaway PostgreSQL, users who follow
/// enough accounts that every rebuilt timeline is full (<c>FeedOptions.MaxItems</c>), the heap after full
/// collections before and after every feed is read once (which activates it and rebuilds it from the tables).
/// </summary>
internal static class FeedMemoryProbe
{
    /// <summary>Returns the heap growth per activated feed, in bytes, and the timeline length one feed holds.</summary>
    public static async Task<(double BytesPerFeed, int TimelineItems)> MeasureAsync(int feeds, int followsPerUser, int postsPerUser, bool postgres)
    {
        if (!postgres)
        {
            return await MeasureAsync(feeds, followsPerUser, postsPerUser, connectionString: null);
        }

        // On PostgreSQL every rebuilt timeline reads its own copies of the ids; on Memory they are the tables' strings.
        await using var server = await PostgresServer.StartDedicatedAsync();
        return await MeasureAsync(feeds, followsPerUser, postsPerUser, await server.CreateDatabaseAsync("capacity"));
    }

    private static async Task<(double BytesPerFeed, int TimelineItems)> MeasureAsync(int feeds, int followsPerUser, int postsPerUser, string? connectionString)
    {
        var random = new Random(7);
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.ShareSingleton<MemoryDatabase>();
            o.Configuration["Vrss:Storage:Provider"] = connectionString is null ? "Memory" : "Postgres";
            o.Configuration["ConnectionStrings:Vrss"] = connectionString;
            o.Configuration["Vrss:Runtime:ResponseTimeout"] = "00:02:00";
            o.ConfigureBuilder((builder, _) => builder.Services.AddVrssGrains(builder.Configuration));
        });
        var grains = cluster.Silos[0].GrainFactory;
        var ids = Enumerable.Range(0, feeds + 1).Select(_ => Guid.CreateVersion7().ToString("N")).ToArray();
        var graph = FollowGraph.Build(feeds, followsPerUser, 1.0, random);
        await FeedData.LoadAsync(cluster.ServiceProvider, postgres: connectionString is not null, ids, graph, postsPerUser, random);

        // One feed first, so that code paths, pools and caches of the first activation are not counted per feed.
        var first = await grains.GetGrain<IFeedGrain>(ids[0]).GetPageAsync(null, 1);
        var before = Heap();
        await Parallel.ForEachAsync(ids[1..], new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (id, _) => await grains.GetGrain<IFeedGrain>(id).GetPageAsync(null, 20));
        var after = Heap();
        var items = await TimelineLengthAsync(grains, ids[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Feed memory probe ({(connectionString is null ? "Memory" : "PostgreSQL")}): {feeds:N0} feeds activated, GC heap {before / 1048576.0:0.0} MiB -> {after / 1048576.0:0.0} MiB, timeline of user 1: {items} items (first page {first.Items.Count})"));
        return ((after - before) / (double)feeds, items);
    }

    private static async Task<int> TimelineLengthAsync(IGrainFactory grains, string userId)
    {
        var (count, cursor) = (0, (string?)null);
        do
        {
            var page = await grains.GetGrain<IFeedGrain>(userId).GetPageAsync(cursor, 100);
            count += page.Items.Count;
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return count;
    }

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
