using System.Globalization;

namespace Vrss.Bench.Capacity;

/// <summary>The knobs of the capacity scenario, from <c>--name value</c> arguments.</summary>
internal sealed record CapacityOptions
{
    public int Silos { get; init; } = 100;

    public int Users { get; init; } = 10_000_000;

    /// <summary>Accounts each user follows (Zipf targets, as the feed benchmark's graph).</summary>
    public int Follows { get; init; } = 50;

    public double ZipfExponent { get; init; } = 1.0;

    /// <summary>Feeds the memory probe activates; 0 skips the probe and uses <see cref="UnitCosts"/>' default.</summary>
    public int ProbeFeeds { get; init; } = 2_000;

    /// <summary>Accounts each probe user follows; with <see cref="ProbePosts"/> this decides how full a rebuilt timeline is.</summary>
    public int ProbeFollows { get; init; } = 50;

    public int ProbePosts { get; init; } = 20;

    /// <summary>Whether the probe runs on a throwaway PostgreSQL (the tests' server) instead of the Memory provider.</summary>
    public bool ProbePostgres { get; init; }

    /// <summary>GC heap per open stream in KiB, from the streams scenario's run (measured there, not here).</summary>
    public double StreamKiB { get; init; } = 20.1;

    public int Seed { get; init; } = 42;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"silos {Silos}, users {Users:N0}, follows/user {Follows}, zipf {ZipfExponent}, probe {ProbeFeeds} feeds ({ProbeFollows} follows x {ProbePosts} posts, {(ProbePostgres ? "PostgreSQL" : "Memory")}), stream {StreamKiB} KiB, seed {Seed}");

    public static CapacityOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CapacityOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"'{args[i]}' needs a value.");
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--silos" => options with { Silos = Int(value) },
                "--users" => options with { Users = Int(value) },
                "--follows" => options with { Follows = Int(value) },
                "--zipf" => options with { ZipfExponent = double.Parse(value, CultureInfo.InvariantCulture) },
                "--probe-feeds" => options with { ProbeFeeds = Int(value) },
                "--probe-follows" => options with { ProbeFollows = Int(value) },
                "--probe-posts" => options with { ProbePosts = Int(value) },
                "--probe-storage" => options with { ProbePostgres = value switch { "postgres" => true, "memory" => false, _ => throw new ArgumentException("--probe-storage is memory or postgres.") } },
                "--stream-kib" => options with { StreamKiB = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = Int(value) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --silos --users --follows --zipf --probe-feeds --probe-follows --probe-posts --probe-storage --stream-kib --seed"),
            };
        }

        return options;
    }

    private static int Int(string value) => int.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
