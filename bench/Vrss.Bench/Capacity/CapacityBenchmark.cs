using System.Diagnostics;
using System.Globalization;

namespace Vrss.Bench.Capacity;

/// <summary>
/// Capacity on paper (docs/capacity.md): placement spread over many silos, fan-out messages per post on a power-law
/// follow graph, the measured memory of an active feed, and the silos and PostgreSQL three audiences need.
/// Everything but the feed memory probe is arithmetic over stated assumptions.
/// </summary>
internal static class CapacityBenchmark
{
    public static async Task<int> RunAsync(CapacityOptions options)
    {
        Console.WriteLine($"Capacity: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {options}");
        var costs = new UnitCosts { BytesPerStream = options.StreamKiB * 1024 };
        if (options.ProbeFeeds > 0)
        {
            var (bytesPerFeed, items) = await FeedMemoryProbe.MeasureAsync(options.ProbeFeeds, options.ProbeFollows, options.ProbePosts, options.ProbePostgres);
            costs = costs with { BytesPerActiveFeed = bytesPerFeed };
            Line($"Measured: {bytesPerFeed / 1024:0.0} KiB of GC heap per active feed holding {items} timeline items.");
        }

        Placement(options);
        FanOut(options);
        Plans(options, costs);
        return 0;
    }

    private static void Placement(CapacityOptions options)
    {
        var random = new Random(options.Seed);
        Line($"\n### Placement spread over {options.Silos} silos\n");
        Line($"| activations | placement | mean / silo | min | max | max / mean | expected max (normal approx.) |");
        Line($"| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        var audience = new Audience(options.Users);
        foreach (var (what, count) in new[] { ("user grains, every user", (long)options.Users), ("active feeds at the peak", (long)audience.ActiveFeeds), ("live streams at the peak", (long)audience.LiveStreams), ("1,000 grains", 1_000L) })
        {
            var timer = Stopwatch.StartNew();
            var spread = PlacementSpread.Of(PlacementSimulation.Random(count, options.Silos, random));
            var two = PlacementSpread.Of(PlacementSimulation.TwoChoices(count, options.Silos, random));
            var expected = PlacementSimulation.ExpectedRandomMax(count, options.Silos);
            Line($"| {what}: {count:N0} | random | {spread.Mean:N0} | {spread.Min:N0} | {spread.Max:N0} | {spread.MaxOverMean:0.000} | {expected:N0} ({expected / spread.Mean:0.000}) |");
            Line($"| {what}: {count:N0} | two choices | {two.Mean:N0} | {two.Min:N0} | {two.Max:N0} | {two.MaxOverMean:0.000} | - |");
        }
    }

    private static void FanOut(CapacityOptions options)
    {
        var followers = FollowerModel.ExpectedFollowers(options.Users, options.Follows, options.ZipfExponent);
        Line($"\n### Fan-out per post: {options.Users:N0} users, {options.Follows} follows each (Zipf {options.ZipfExponent}), every author posting alike\n");
        Line($"Expected followers: rank 1 {followers[0]:N0}, rank 10 {followers[9]:N0}, rank 100 {followers[99]:N0}, rank 1,000 {followers[999]:N0}, rank 10,000 {followers[9_999]:N0}, median {followers[followers.Length / 2]:0.0}, mean {followers.Average():0.0}.\n");
        Line($"| silos | fan-out limit | pulled authors | largest fanned | calls/post (mean) | remote/post (mean) | p99 calls/post | max calls/post | ids each silo scans/post (mean) |");
        Line($"| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var silos in new[] { 3, 10, options.Silos })
        {
            foreach (var limit in new[] { 10_000, 1_000 })
            {
                var profile = FanOutProfile.Of(followers, silos, new FanOutRules(FollowerLimit: limit));
                Line($"| {silos} | {limit:N0} | {profile.PulledAuthors:N0} | {profile.LargestFanned:N0} | {profile.MeanMessages:N1} | {profile.MeanRemoteMessages:N1} | {profile.P99Messages:N0} | {profile.MaxMessages:N0} | {profile.MeanIdsPerSilo:N1} |");
            }
        }
    }

    private static void Plans(CapacityOptions options, UnitCosts costs)
    {
        var shape = new SiloShape();
        var followers = FollowerModel.ExpectedFollowers(options.Users, options.Follows, options.ZipfExponent);
        Line($"\n### Audiences at their peak (silo: {shape.Cores} cores, {shape.MemoryGiB} GiB, {shape.TargetUtilization:P0} target use; feed {costs.BytesPerActiveFeed / 1024:0.0} KiB, stream {costs.BytesPerStream / 1024:0.0} KiB)\n");
        Line($"| users | posts/s | other writes/s | reads/s | silo cores | silo heap GiB | silos (cpu / mem) | statements/s | write statements/s | PostgreSQL cores | possible connections | fan-out calls/s per silo | ids scanned/s per silo |");
        Line($"| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var users in new[] { 100_000L, 1_000_000L, 10_000_000L })
        {
            var plan = CapacityPlan.For(new Audience(users), costs, shape);
            // The follower model at the audience's size would be its own run; scaling the 10M profile's per-post
            // figures is close because the median account's followers do not depend on N under this model.
            var profile = FanOutProfile.Of(followers, plan.Silos, new FanOutRules());
            Line($"| {users:N0} | {plan.PostsPerSecond:N0} | {plan.OtherWritesPerSecond:N0} | {plan.ReadsPerSecond:N0} | {plan.SiloCores:N1} | {plan.SiloMemoryGiB:N1} | {plan.Silos} ({plan.SilosByCpu} / {plan.SilosByMemory}) | {plan.StatementsPerSecond:N0} | {plan.WritesPerSecond:N0} | {plan.DatabaseCores:N1} | {plan.PossibleConnections:N0} | {plan.PostsPerSecond * profile.MeanMessages / plan.Silos:N0} | {plan.PostsPerSecond * profile.MeanIdsPerSilo:N0} |");
        }

        var costsFromMemory = costs with { FeedReadStatements = 0, ProfileReadStatements = 0 };
        var big = CapacityPlan.For(new Audience(10_000_000), costsFromMemory, shape);
        Line($"\nWith hot reads from grain memory (0 statements per active feed and profile read): 10M users need {big.StatementsPerSecond:N0} statements/s, {big.DatabaseCores:N1} PostgreSQL cores.");
    }

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
