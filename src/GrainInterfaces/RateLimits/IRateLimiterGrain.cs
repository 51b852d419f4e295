namespace Vrss.GrainInterfaces.RateLimits;

/// <summary>
/// A sliding-window counter for one (policy, subject) pair, keyed <c>{policy}/{subject}</c> (for example
/// <c>auth.login/ip:10.0.0.1</c>). One activation cluster-wide makes the limit hold across silos. The caller
/// passes the rule with every call so that configuration stays in one place.
/// </summary>
public interface IRateLimiterGrain : IGrainWithStringKey
{
    /// <summary>Counts one event if the limit allows it; otherwise counts nothing and says when to retry.</summary>
    Task<RateLimitDecision> TryAcquireAsync(RateLimitRule rule);

    /// <summary>Says whether an event would be allowed now, counting nothing.</summary>
    Task<RateLimitDecision> PeekAsync(RateLimitRule rule);

    /// <summary>Uncounts an event acquired at <paramref name="acquiredAt"/> (an attempt that turned out not to count).</summary>
    Task<RateLimitDecision> ReleaseAsync(RateLimitRule rule, DateTimeOffset acquiredAt);
}
