namespace Vrss.Grains.RateLimits;

/// <summary>The counted events of one limiter: per time bucket, a count.</summary>
public sealed class RateWindowState
{
    /// <summary>The bucket width (ticks) the counts were made with; a different rule starts afresh.</summary>
    public long BucketTicks { get; set; }

    /// <summary>The window (ticks) the counts were made with.</summary>
    public long WindowTicks { get; set; }

    /// <summary>Bucket index (UTC ticks / <see cref="BucketTicks"/>) to count, oldest first.</summary>
    public SortedDictionary<long, int> Buckets { get; set; } = [];
}
