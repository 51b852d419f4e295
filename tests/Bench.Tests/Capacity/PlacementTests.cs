using Vrss.Bench.Capacity;

namespace Vrss.Bench.Tests.Capacity;

public sealed class PlacementTests
{
    [Fact]
    public void Spread_OfKnownCounts_IsTheirMinMaxMeanAndPopulationDeviation()
    {
        var spread = PlacementSpread.Of([1, 2, 3, 6]);

        Assert.Equal(1, spread.Min);
        Assert.Equal(6, spread.Max);
        Assert.Equal(3.0, spread.Mean, 9);
        // Deviations -2, -1, 0, 3: squares 4 + 1 + 0 + 9 = 14, over 4 silos.
        Assert.Equal(Math.Sqrt(3.5), spread.StandardDeviation, 9);
        Assert.Equal(2.0, spread.MaxOverMean, 9);
    }

    [Fact]
    public void Spread_OfNoSilos_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PlacementSpread.Of([]));

    [Fact]
    public void Random_PlacesEveryActivation_AndOneSiloTakesAll()
    {
        Assert.Equal([500L], PlacementSimulation.Random(500, 1, new Random(1)));
        var counts = PlacementSimulation.Random(100_000, 10, new Random(1));
        Assert.Equal(100_000, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 9_000, 11_000));
    }

    [Fact]
    public void Random_OverManySilos_StaysNearTheNormalApproximationOfItsMaximum()
    {
        var spread = PlacementSpread.Of(PlacementSimulation.Random(1_000_000, 100, new Random(3)));

        // Mean 10,000, deviation sqrt(10,000 x 0.99) = 99.5, sqrt(2 ln 100) = 3.035: expected max about 10,302.
        Assert.Equal(10_000.0, spread.Mean, 9);
        Assert.InRange(spread.Max, 10_150, 10_500);
        Assert.InRange(spread.StandardDeviation, 80, 120);
    }

    [Fact]
    public void TwoChoices_IsFarEvenerThanRandom()
    {
        var two = PlacementSpread.Of(PlacementSimulation.TwoChoices(1_000_000, 100, new Random(3)));

        Assert.Equal(1_000_000, two.Mean * 100, 6);
        // The less loaded of two keeps the busiest silo within a few activations of the mean (ln ln n / ln 2 + O(1)).
        Assert.InRange(two.Max - two.Mean, 0, 10);
    }

    [Fact]
    public void ExpectedRandomMax_IsMeanPlusSqrtTwoLnSDeviations()
    {
        Assert.Equal(1_000, PlacementSimulation.ExpectedRandomMax(1_000, 1), 9);
        // Mean 100, deviation sqrt(100 x 0.99) = 9.9499, sqrt(2 ln 100) = 3.0349: 100 + 30.197.
        Assert.Equal(130.197, PlacementSimulation.ExpectedRandomMax(10_000, 100), 2);
    }
}
