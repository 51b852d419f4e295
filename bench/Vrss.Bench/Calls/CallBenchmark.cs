using Vrss.TestingHost;

namespace Vrss.Bench.Calls;

/// <summary>
/// Local and remote grain calls beside a direct call of the same method on the same kind of object, in one
/// run: sequential latency (p50, p99) and throughput with concurrent callers. Remote calls go between two
/// silos of one process over loopback TCP, through the same transport real silos use.
/// </summary>
internal static class CallBenchmark
{
    private static readonly string[] s_tags = ["a", "b", "c", "d", "e", "f", "g", "h"];

    public static async Task<IReadOnlyList<Measurement>> RunAsync(int sequentialCalls, int concurrentCallers, int callsPerCaller)
    {
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Silos = 2;
        });
        var factory = cluster.Silos[0].GrainFactory;
        var local = factory.GetGrain<IBenchGrain>(await KeyOwnedByAsync(cluster.Silos[0], "local"));
        var remote = factory.GetGrain<IBenchGrain>(await KeyOwnedByAsync(cluster.Silos[1], "remote"));
        var localKeys = new string[concurrentCallers];
        var remoteKeys = new string[concurrentCallers];
        for (var c = 0; c < concurrentCallers; c++)
        {
            localKeys[c] = await KeyOwnedByAsync(cluster.Silos[0], $"local{c}");
            remoteKeys[c] = await KeyOwnedByAsync(cluster.Silos[1], $"remote{c}");
        }
        var direct = new BenchLogic();
        var directs = Enumerable.Range(0, concurrentCallers).Select(_ => new BenchLogic()).ToArray();

        // Warm up every path (JIT, tiering, connections).
        for (var i = 0; i < 20_000; i++)
        {
            await direct.RecordAsync(s_tags[i & 7], i);
            await local.RecordAsync(s_tags[i & 7], i);
            await local.PingAsync(i);
            if (i % 4 == 0)
            {
                await remote.RecordAsync(s_tags[i & 7], i);
            }
        }

        var results = new List<Measurement>
        {
            await Measurement.SequentialAsync("direct call, trivial (sequential)", sequentialCalls, i => direct.PingAsync(i)),
            await Measurement.SequentialAsync("local grain call, trivial (sequential)", sequentialCalls, i => local.PingAsync(i)),
            await Measurement.SequentialAsync("direct call, ~1 us work (sequential)", sequentialCalls, i => direct.RecordAsync(s_tags[i & 7], i)),
            await Measurement.SequentialAsync("local grain call, ~1 us work (sequential)", sequentialCalls, i => local.RecordAsync(s_tags[i & 7], i)),
            await Measurement.SequentialAsync("remote grain call, ~1 us work (sequential)", sequentialCalls / 4, i => remote.RecordAsync(s_tags[i & 7], i)),
            await Measurement.ConcurrentAsync($"direct call, ~1 us work ({concurrentCallers} callers)", concurrentCallers, callsPerCaller, (c, i) => directs[c].RecordAsync(s_tags[i & 7], i)),
            await Measurement.ConcurrentAsync($"local grain call, ~1 us work ({concurrentCallers} callers, {concurrentCallers} grains)", concurrentCallers, callsPerCaller, (c, i) => factory.GetGrain<IBenchGrain>(localKeys[c]).RecordAsync(s_tags[i & 7], i)),
            await Measurement.ConcurrentAsync($"local grain call, trivial ({concurrentCallers} callers, {concurrentCallers} grains)", concurrentCallers, callsPerCaller, (c, i) => factory.GetGrain<IBenchGrain>(localKeys[c]).PingAsync(i)),
            await Measurement.ConcurrentAsync($"remote grain call, ~1 us work ({concurrentCallers} callers, {concurrentCallers} grains)", concurrentCallers, callsPerCaller / 4, (c, i) => factory.GetGrain<IBenchGrain>(remoteKeys[c]).RecordAsync(s_tags[i & 7], i)),
        };
        return results;
    }

    // Activates bench grains until one lands on `silo` (Orleans places new activations itself).
    private static async Task<string> KeyOwnedByAsync(TestSilo silo, string prefix)
    {
        for (var i = 0; ; i++)
        {
            var key = $"{prefix}-{i}";
            await silo.GrainFactory.GetGrain<IBenchGrain>(key).PingAsync(0);
            if (await silo.IsActiveHereAsync(GrainId.Create("bench", key)))
            {
                return key;
            }
        }
    }
}
