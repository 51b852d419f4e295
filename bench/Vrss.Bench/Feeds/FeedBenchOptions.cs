using System.Globalization;

namespace Vrss.Bench.Feeds;

/// <summary>The knobs of the feed scenario, from <c>--name value</c> arguments.</summary>
internal sealed record FeedBenchOptions
{
    /// <summary>Ordinary users; one more, the star, is followed by all of them.</summary>
    public int Users { get; init; } = 10_000;

    public int Silos { get; init; } = 1;

    /// <summary>How many accounts each user follows besides the star (targets drawn from a Zipf distribution).</summary>
    public int FollowsPerUser { get; init; } = 20;

    public double ZipfExponent { get; init; } = 1.0;

    public int SeedPostsPerUser { get; init; } = 2;

    public int PostsPerSecond { get; init; } = 100;

    public int Seconds { get; init; } = 20;

    public int Readers { get; init; } = 8;

    public int StarPosts { get; init; } = 5;

    /// <summary>Vrss:Feeds:FanOutFollowerLimit; the star (Users followers) is fanned out when this is at least Users.</summary>
    public int FanOutLimit { get; init; } = 10_000;

    /// <summary>A connection string to an empty PostgreSQL database, to run on the Postgres provider instead of Memory.</summary>
    public string? Postgres { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"users {Users}, silos {Silos}, follows/user {FollowsPerUser}, zipf {ZipfExponent}, seed posts/user {SeedPostsPerUser}, " +
        $"{PostsPerSecond} posts/s for {Seconds} s, {Readers} readers, {StarPosts} star posts, fan-out limit {FanOutLimit}, " +
        $"storage {(Postgres is null ? "Memory" : "Postgres")}";

    public static FeedBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FeedBenchOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (args[i] == "--postgres")
            {
                options = options with { Postgres = args[i + 1] };
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--users" => options with { Users = value },
                "--silos" => options with { Silos = value },
                "--follows" => options with { FollowsPerUser = value },
                "--seed-posts" => options with { SeedPostsPerUser = value },
                "--rate" => options with { PostsPerSecond = value },
                "--seconds" => options with { Seconds = value },
                "--readers" => options with { Readers = value },
                "--star-posts" => options with { StarPosts = value },
                "--fanout-limit" => options with { FanOutLimit = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
