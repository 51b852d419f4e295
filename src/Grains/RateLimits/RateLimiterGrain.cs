using Orleans.Storage;
using Vrss.GrainInterfaces.RateLimits;

namespace Vrss.Grains.RateLimits;

/// <summary>
/// A sliding window kept as <see cref="BucketsPerWindow"/> buckets. An event stays counted until the end of its
/// bucket plus the window, so it counts for at least the full window and at most one bucket longer: the limit
/// is never exceeded in any window, at the price of a retry being allowed up to 1/20 of the window late.
/// </summary>
public sealed class RateLimiterGrain([PersistentState(RateLimiterGrain.StateName)] IPersistentState<RateWindowState> state, TimeProvider time)
    : Grain, IRateLimiterGrain
{
    /// <summary>The name of the stored state (the key of its rows in Orleans' grain-state table).</summary>
    public const string StateName = "window";

    /// <summary>How many buckets a window is cut into.</summary>
    public const int BucketsPerWindow = 20;

    /// <inheritdoc />
    public Task<RateLimitDecision> TryAcquireAsync(RateLimitRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return WithStoredStateAsync(rule, Acquire);
    }

    /// <inheritdoc />
    public Task<RateLimitDecision> PeekAsync(RateLimitRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return WithStoredStateAsync(rule, Peek);
    }

    /// <inheritdoc />
    public Task<RateLimitDecision> ReleaseAsync(RateLimitRule rule, DateTimeOffset acquiredAt)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return WithStoredStateAsync(rule, r => Release(r, acquiredAt));
    }

    // Runs a change and stores it. A stored window is swept once all of it expired (RateLimitSweeper), possibly
    // while this activation sat idle; its write then finds no row and Orleans refuses it. The stored state (none)
    // is then the truth, so the change runs again on it.
    private async Task<RateLimitDecision> WithStoredStateAsync(RateLimitRule rule, Func<RateLimitRule, (RateLimitDecision, bool)> change)
    {
        var (decision, changed) = change(rule);
        if (!rule.Persist || !changed)
        {
            return decision;
        }

        try
        {
            await state.WriteStateAsync();
            return decision;
        }
        catch (InconsistentStateException)
        {
            await state.ReadStateAsync();
            (decision, _) = change(rule);
            await state.WriteStateAsync();
            return decision;
        }
    }

    private (RateLimitDecision, bool) Acquire(RateLimitRule rule)
    {
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

        return (decision, changed);
    }

    private (RateLimitDecision, bool) Peek(RateLimitRule rule)
    {
        var now = time.GetUtcNow();
        var changed = Prepare(rule, now);
        var count = state.State.Buckets.Values.Sum();
        return (Decide(rule, now, count < rule.Limit, count, acquiredAt: null), changed);
    }

    private (RateLimitDecision, bool) Release(RateLimitRule rule, DateTimeOffset acquiredAt)
    {
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

        var count = window.Buckets.Values.Sum();
        return (Decide(rule, now, count < rule.Limit, count, acquiredAt: null), changed);
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
}
