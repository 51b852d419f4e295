using System.Diagnostics.Metrics;

namespace Vrss.Grains.Feeds;

/// <summary>The home feeds' instruments (meter <see cref="MeterName"/>), for dashboards and the feed benchmark.</summary>
public static class FeedMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Vrss.Feeds";

    /// <summary>The counter of posts added to active home feeds by fan-out (one per feed and post).</summary>
    public const string DeliveredName = "vrss.feed.posts_delivered";

    private static readonly Meter s_meter = new(MeterName);

    /// <summary>Posts added to active home feeds by fan-out.</summary>
    internal static Counter<long> Delivered { get; } = s_meter.CreateCounter<long>(DeliveredName, unit: "{post}", description: "Posts added to active home feeds by fan-out");
}
