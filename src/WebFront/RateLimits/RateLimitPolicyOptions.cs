namespace Vrss.WebFront.RateLimits;

/// <summary>One policy: at most <see cref="Limit"/> events in any <see cref="Window"/>.</summary>
public sealed class RateLimitPolicyOptions
{
    /// <summary>Events allowed per window.</summary>
    public int Limit { get; set; }

    /// <summary>The sliding window.</summary>
    public TimeSpan Window { get; set; }

    /// <summary>Whether counts are written to grain storage (survive silo loss); see <c>RateLimitRule.Persist</c>.</summary>
    public bool Persist { get; set; }
}
