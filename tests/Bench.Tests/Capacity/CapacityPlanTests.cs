using Vrss.Bench.Capacity;

namespace Vrss.Bench.Tests.Capacity;

public sealed class CapacityPlanTests
{
    [Fact]
    public void Plan_MultipliesPeakRatesByUnitCosts()
    {
        // 864,000 users, half active, 2 posts a day each, peak factor 1: 864,000 x 0.5 x 2 / 86,400 = 10 posts/s.
        var audience = new Audience(864_000, DailyActiveRatio: 0.5, PostsPerActive: 2, CommentsPerActive: 1, ReactionsPerActive: 0,
            FollowsPerActive: 0, FeedReadsPerActive: 10, ProfileReadsPerActive: 0, PeakFactor: 1, LiveStreamShare: 0);
        var costs = new UnitCosts { BytesPerActiveUser = 0, BytesPerActiveFeed = 0 };

        var plan = CapacityPlan.For(audience, costs, new SiloShape(Cores: 1, TargetUtilization: 0.5, MinimumSilos: 1, ConnectionsPerSilo: 200));

        Assert.Equal(10, plan.PostsPerSecond, 9);
        Assert.Equal(5, plan.OtherWritesPerSecond, 9);
        Assert.Equal(50, plan.ReadsPerSecond, 9);
        // Statements: 10 x 2 + 5 x 4 + 50 x 2 = 140; writes: 10 x 1 + 5 x 3 = 25.
        Assert.Equal(140, plan.StatementsPerSecond, 9);
        Assert.Equal(25, plan.WritesPerSecond, 9);
        // 140 x 0.203 ms = 28.42 ms of database CPU a second, at 50 % use: 0.05684 cores.
        Assert.Equal(0.05684, plan.DatabaseCores, 9);
        // Silo: 10 x 0.39 + 5 x 0.4 + 50 x 0.48 = 29.9 ms a second; one core at half use holds it.
        Assert.Equal(0.0299, plan.SiloCores, 9);
        Assert.Equal(1, plan.Silos);
        Assert.Equal(200, plan.PossibleConnections);
    }

    [Fact]
    public void Plan_NeverGoesBelowTheMinimumSilos_AndGrowsWithMemory()
    {
        var small = CapacityPlan.For(new Audience(1_000), new UnitCosts(), new SiloShape());
        Assert.Equal(3, small.Silos);

        // 10M users, 20 % daily, peak factor 3: 2M x 3 / 24 = 250,000 in the peak hour, each an active feed of 1 MiB
        // and half of them a stream of 1 MiB: 375,000 MiB = 366.2 GiB, over 4 GiB usable per silo: 92 silos.
        var heavy = CapacityPlan.For(new Audience(10_000_000), new UnitCosts { BytesPerActiveFeed = 1024 * 1024, BytesPerStream = 1024 * 1024, BytesPerActiveUser = 0 }, new SiloShape());
        Assert.Equal(250_000, heavy.Audience.ActiveFeeds, 6);
        Assert.Equal(92, heavy.SilosByMemory);
    }
}
