using Vrss.GrainInterfaces.RateLimits;

namespace Vrss.Grains.RateLimits;

/// <summary>
/// A sliding window kept as <see cref="BucketsPerWindow"/> buckets. An event stays counted until the end of its
/// bucket plus the window, so it counts for at least the full window and at most one bucket longer: the limit
/// is never exceeded in any window, at the price of a retry being allowed up to 1/20 of the window late.
/// </summary>
public sealed class RateLimiterGrain([PersistentState("window")] IPersistentState<RateWindowState> state, TimeProvider time)
    : Grain, IRateLimiterGrain
{
    /// <summary>How many buckets a window is cut into.</summary>
    public const int BucketsPerWindow = 20;

    /// <inheritdoc />
    public async Task<RateLimitDecision> TryAcquireAsync(RateLimitRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var now = time.GetUtcNow();
        var changed = Prepare(rule, now);
        var window = state.State;
        var count = window.Buckets.Values.Sum();
        RateLimitDecision decision;
        if (count >= rule.Limit)
        {
            decision = Decide(rule, now, allowed: false, count, acquiredAt: null);
        }
        else
        {
            var index = now.UtcTicks / window.BucketTicks;
            window.Buckets[index] = window.Buckets.GetValueOrDefault(index) + 1;
            changed = true;
            decision = Decide(rule, now, allowed: true, count + 1, acquiredAt: now);
        }

        await SaveAsync(rule, changed);
        return decision;
    }

    /// <inheritdoc />
    public async Task<RateLimitDecision> PeekAsync(RateLimitRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var now = time.GetUtcNow();
        var changed = Prepare(rule, now);
        var count = state.State.Buckets.Values.Sum();
        await SaveAsync(rule, changed);
        return Decide(rule, now, count < rule.Limit, count, acquiredAt: null);
    }

    /// <inheritdoc />
    public async Task<RateLimitDecision> ReleaseAsync(RateLimitRule rule, DateTimeOffset acquiredAt)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var now = time.GetUtcNow();
        var changed = Prepare(rule, now);
        var window = state.State;
        var index = acquiredAt.UtcTicks / window.BucketTicks;
        if (window.Buckets.TryGetValue(index, out var inBucket))
        {
            if (inBucket <= 1)
            {
                window.Buckets.Remove(index);
            }
            else
            {
                window.Buckets[index] = inBucket - 1;
            }

            changed = true;
        }

        await SaveAsync(rule, changed);
        var count = window.Buckets.Values.Sum();
        return Decide(rule, now, count < rule.Limit, count, acquiredAt: null);
    }

    // Drops buckets that left the window; starts afresh when the rule's window changed. True if anything changed.
    private bool Prepare(RateLimitRule rule, DateTimeOffset now)
    {
        var window = state.State;
        var windowTicks = rule.Window.Ticks;
        var bucketTicks = Math.Max(windowTicks / BucketsPerWindow, TimeSpan.TicksPerMillisecond);
        if (window.WindowTicks != windowTicks || window.BucketTicks != bucketTicks)
        {
            var had = window.Buckets.Count > 0;
            window.WindowTicks = windowTicks;
            window.BucketTicks = bucketTicks;
            window.Buckets.Clear();
            return had;
        }

        var expired = window.Buckets.Keys.TakeWhile(index => ExpiresAt(window, index) <= now.UtcTicks).ToList();
        foreach (var index in expired)
        {
            window.Buckets.Remove(index);
        }

        return expired.Count > 0;
    }

    private RateLimitDecision Decide(RateLimitRule rule, DateTimeOffset now, bool allowed, int count, DateTimeOffset? acquiredAt)
    {
        var window = state.State;
        var nowTicks = now.UtcTicks;
        var resetTicks = window.Buckets.Count == 0 ? nowTicks : ExpiresAt(window, window.Buckets.Keys.Last());
        var retryTicks = 0L;
        if (!allowed)
        {
            // The earliest moment enough old buckets have left for the count to be under the limit.
            var left = count;
            foreach (var (index, inBucket) in window.Buckets)
            {
                left -= inBucket;
                if (left < rule.Limit)
                {
                    retryTicks = ExpiresAt(window, index) - nowTicks;
                    break;
                }
            }
        }

        return new RateLimitDecision(
            allowed,
            rule.Limit,
            Math.Max(0, rule.Limit - count),
            new DateTimeOffset(resetTicks, TimeSpan.Zero),
            TimeSpan.FromTicks(Math.Max(0, retryTicks)),
            acquiredAt);
    }

    private static long ExpiresAt(RateWindowState window, long index) => (index + 1) * window.BucketTicks + window.WindowTicks;

    private async Task SaveAsync(RateLimitRule rule, bool changed)
    {
        if (rule.Persist && changed)
        {
            await state.WriteStateAsync();
        }
    }
}
