using Vrss.Bench.Capacity;

namespace Vrss.Bench.Tests.Capacity;

public sealed class FanOutTests
{
    private static readonly FanOutRules s_defaults = new();

    [Theory]
    // followers, silos -> deliveries (author + ceil(followers / 2,000)), calls, remote calls, ids each silo scans
    [InlineData(0, 1, 1, 1, 0, 1)]
    [InlineData(0, 100, 1, 100, 99, 1)]
    [InlineData(1, 100, 2, 200, 198, 2)]
    [InlineData(2_000, 100, 2, 200, 198, 2_001)]
    [InlineData(2_001, 100, 3, 300, 297, 2_002)]
    [InlineData(4_500, 100, 4, 400, 396, 4_501)]
    [InlineData(10_000, 3, 6, 18, 12, 10_001)]
    public void ForPost_BroadcastsTheAuthorAndEveryBatchToEverySilo(long followers, int silos, int deliveries, long calls, long remote, long ids)
    {
        var cost = FanOutCost.ForPost(followers, silos, s_defaults);

        Assert.Equal(new FanOutCost(deliveries, calls, remote, ids, Pulled: false), cost);
    }

    [Fact]
    public void ForPost_AboveTheLimit_ReachesTheAuthorsFeedOnly()
    {
        Assert.Equal(new FanOutCost(1, 100, 99, 1, Pulled: true), FanOutCost.ForPost(10_001, 100, s_defaults));
        Assert.Equal(new FanOutCost(1, 10, 9, 1, Pulled: true), FanOutCost.ForPost(1_001, 10, new FanOutRules(FollowerLimit: 1_000)));
    }

    [Fact]
    public void ForPost_Private_ReachesTheAuthorsFeedOnly() =>
        Assert.Equal(new FanOutCost(1, 100, 99, 1, Pulled: false), FanOutCost.ForPost(5_000, 100, s_defaults, isPrivate: true));

    [Fact]
    public void ForPost_SmallerBatches_MeanMoreCalls() =>
        Assert.Equal(1 + 5, FanOutCost.ForPost(450, 1, new FanOutRules(BatchSize: 100)).Deliveries);

    [Fact]
    public void Profile_OfThreeAuthors_AveragesTheirPosts()
    {
        // 0 followers: 1 delivery; 3,000: 1 + 2; 20,000: pulled, 1. On 10 silos: 10, 30 and 10 calls.
        var profile = FanOutProfile.Of([0, 3_000, 20_000], 10, s_defaults);

        Assert.Equal(50.0 / 3, profile.MeanMessages, 9);
        Assert.Equal((9 + 27 + 9) / 3.0, profile.MeanRemoteMessages, 9);
        Assert.Equal((1 + 3_001 + 1) / 3.0, profile.MeanIdsPerSilo, 9);
        Assert.Equal(30, profile.P99Messages);
        Assert.Equal(30, profile.MaxMessages);
        Assert.Equal(1, profile.PulledAuthors);
        Assert.Equal(3_000, profile.LargestFanned);
    }

    [Fact]
    public void FollowerModel_OfTwoUsers_GivesEachRankItsZipfShare()
    {
        // H = 1 + 1/2; p1 = 2/3, p2 = 1/3; one follow each; the other user follows rank r with probability p_r.
        var followers = FollowerModel.ExpectedFollowers(2, 1, 1.0);

        Assert.Equal(2.0 / 3, followers[0], 9);
        Assert.Equal(1.0 / 3, followers[1], 9);
    }

    [Fact]
    public void FollowerModel_Uniform_GivesEveryoneTheSameShare()
    {
        // Exponent 0: p = 1/3 each; two draws miss an account with (2/3)^2; 2 other users x (1 - 4/9).
        var followers = FollowerModel.ExpectedFollowers(3, 2, 0.0);

        Assert.All(followers, f => Assert.Equal(10.0 / 9, f, 9));
    }
}
