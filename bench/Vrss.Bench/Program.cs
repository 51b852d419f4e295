using System.Globalization;
using Vrss.Bench;
using Vrss.Bench.Batching;
using Vrss.Bench.Calls;
using Vrss.Bench.Capacity;
using Vrss.Bench.Edge;
using Vrss.Bench.Feeds;
using Vrss.Bench.Streams;

// Benchmarks for docs/benchmarks.md. Run in Release: dotnet run -c Release --project bench/Vrss.Bench -- <scenario>
var scenario = args.FirstOrDefault() ?? "calls";
switch (scenario)
{
    case "calls":
        var sequential = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000;
        Console.WriteLine($"Grain calls: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine(Measurement.Header);
        foreach (var measurement in await CallBenchmark.RunAsync(sequential, concurrentCallers: 64, callsPerCaller: sequential / 64))
        {
            Console.WriteLine(measurement);
        }

        break;
    case "feeds":
        var feedOptions = FeedBenchOptions.Parse([.. args.Skip(1)]);
        Console.WriteLine($"Home feeds: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {feedOptions}");
        await FeedBenchmark.RunAsync(feedOptions);
        break;
    case "streams":
        var streams = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        return await StreamBenchmark.RunAsync(streams, rounds);
    case "stream-clients":
        // The client process the "streams" scenario starts.
        return await StreamClients.RunAsync(new Uri(args[1]), args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
    case "edge":
        // Load over HTTP at the edge (bench/edge/run.sh): one silo process on a throwaway PostgreSQL, driven by wrk.
        return await EdgeBenchmark.RunAsync(EdgeOptions.Parse([.. args.Skip(1)]));
    case "batching":
        // Several statements of one write in one round trip (NpgsqlBatch) against one per statement, side by side.
        var batchArgs = args.Skip(1).Where(a => a != "--durable").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        return await BatchingBenchmark.RunAsync(
            batchArgs.ElementAtOrDefault(0) is > 0 and var w ? w : 16,
            batchArgs.ElementAtOrDefault(1) is > 0 and var c ? c : 4_000,
            batchArgs.ElementAtOrDefault(2) is > 0 and var r ? r : 5,
            args.Contains("--durable"));
    case "capacity":
        // Capacity on paper (docs/capacity.md): a model of 100 silos and 10 million users, with a measured feed.
        return await CapacityBenchmark.RunAsync(CapacityOptions.Parse([.. args.Skip(1)]));
    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Scenarios: calls, feeds, streams [count] [rounds], edge [options], batching [workers] [writes] [rounds] [--durable], capacity [options]");
        return 2;
}

return 0;
