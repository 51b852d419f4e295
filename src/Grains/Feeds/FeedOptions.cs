namespace Vrss.Grains.Feeds;

/// <summary>Home-feed settings, bound from <c>Vrss:Feeds</c>.</summary>
public sealed class FeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Vrss:Feeds";

    /// <summary>How many posts a home feed keeps (Mastodon keeps 800); older posts fall off the end.</summary>
    public int MaxItems { get; set; } = 800;

    /// <summary>
    /// Authors with more followers than this are not fanned out: each follower's feed merges their posts at read
    /// time, so one post never costs millions of deliveries.
    /// </summary>
    public int FanOutFollowerLimit { get; set; } = 10_000;

    /// <summary>How many follower ids one fan-out message carries (one message per silo per batch).</summary>
    public int FanOutBatchSize { get; set; } = 2_000;

    /// <summary>
    /// A feed nobody read for this long stops taking fan-out: it deactivates and rebuilds from the tables when its
    /// user comes back, so posts are delivered only to recently active users.
    /// </summary>
    public TimeSpan InactiveAfter { get; set; } = TimeSpan.FromMinutes(15);
}
