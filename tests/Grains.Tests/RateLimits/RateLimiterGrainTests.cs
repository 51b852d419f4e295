using Orleans.Runtime;
using Vrss.GrainInterfaces.RateLimits;
using Vrss.TestingHost;

namespace Vrss.Grains.Tests.RateLimits;

/// <summary>The sliding window of <see cref="IRateLimiterGrain"/>, on a clock the test moves.</summary>
public abstract class RateLimiterGrainTests : GrainClusterTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));

    private static IRateLimiterGrain Limiter(TestCluster cluster) =>
        cluster.GrainFactory.GetGrain<IRateLimiterGrain>($"test/{Guid.NewGuid():N}");

    [Fact]
    public async Task TryAcquire_AllowsTheLimit_ThenSaysWhenToRetry()
    {
        await using var cluster = await StartAsync(_clock);
        var limiter = Limiter(cluster);
        var rule = new RateLimitRule(3, TimeSpan.FromMinutes(1), Persist: false);

        var remaining = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await limiter.TryAcquireAsync(rule);
            Assert.True(allowed.Allowed);
            Assert.Equal(_clock.GetUtcNow(), allowed.AcquiredAt);
            remaining.Add(allowed.Remaining);
        }

        var refused = await limiter.TryAcquireAsync(rule);

        Assert.Equal([2, 1, 0], remaining);
        Assert.False(refused.Allowed);
        Assert.Null(refused.AcquiredAt);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(63));
        Assert.Equal(_clock.GetUtcNow() + refused.RetryAfter, refused.ResetAt);
        _clock.Advance(refused.RetryAfter - TimeSpan.FromMilliseconds(1));
        Assert.False((await limiter.TryAcquireAsync(rule)).Allowed);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True((await limiter.TryAcquireAsync(rule)).Allowed);
    }

    [Fact]
    public async Task Window_Slides_EachEventLeavingOnItsOwn()
    {
        await using var cluster = await StartAsync(_clock);
        var limiter = Limiter(cluster);
        var rule = new RateLimitRule(2, TimeSpan.FromMinutes(10), Persist: false);

        Assert.True((await limiter.TryAcquireAsync(rule)).Allowed);
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True((await limiter.TryAcquireAsync(rule)).Allowed);
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.False((await limiter.TryAcquireAsync(rule)).Allowed);

        // 11 minutes after the first event it has left; the second has not.
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await limiter.TryAcquireAsync(rule)).Allowed);
        Assert.False((await limiter.TryAcquireAsync(rule)).Allowed);
        Assert.Equal(0, (await limiter.PeekAsync(rule)).Remaining);
    }

    [Fact]
    public async Task Release_GivesTheSlotBack()
    {
        await using var cluster = await StartAsync(_clock);
        var limiter = Limiter(cluster);
        var rule = new RateLimitRule(1, TimeSpan.FromMinutes(15), Persist: true);

        var taken = await limiter.TryAcquireAsync(rule);
        Assert.False((await limiter.PeekAsync(rule)).Allowed);
        var released = await limiter.ReleaseAsync(rule, taken.AcquiredAt!.Value);

        Assert.True(released.Allowed);
        Assert.Equal(1, released.Remaining);
        Assert.True((await limiter.TryAcquireAsync(rule)).Allowed);
    }

    [Fact]
    public async Task PersistedCounts_SurviveDeactivation_UnpersistedOnesDoNot()
    {
        await using var cluster = await StartAsync(_clock);
        var kept = Limiter(cluster);
        var dropped = Limiter(cluster);
        var keptRule = new RateLimitRule(1, TimeSpan.FromHours(24), Persist: true);
        var droppedRule = keptRule with { Persist = false };
        await kept.TryAcquireAsync(keptRule);
        await dropped.TryAcquireAsync(droppedRule);

        // Idle activations are collected (Orleans' collector, forced rather than waited for).
        _clock.Advance(TimeSpan.FromMinutes(20));
        await cluster.GrainFactory.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await dropped.PeekAsync(droppedRule)).Allowed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the idle limiter was never deactivated");
            await Task.Delay(50);
            _clock.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.False((await kept.PeekAsync(keptRule)).Allowed);
    }

    [Fact]
    public async Task ChangedRule_StartsAfresh()
    {
        await using var cluster = await StartAsync(_clock);
        var limiter = Limiter(cluster);

        await limiter.TryAcquireAsync(new RateLimitRule(1, TimeSpan.FromMinutes(5), false));
        Assert.False((await limiter.PeekAsync(new RateLimitRule(1, TimeSpan.FromMinutes(5), false))).Allowed);

        Assert.True((await limiter.TryAcquireAsync(new RateLimitRule(1, TimeSpan.FromMinutes(6), false))).Allowed);
    }
}
