namespace Vrss.Bench.Capacity;

/// <summary>How evenly a set of activations lies over the silos: the per-silo counts' minimum, maximum, mean and spread.</summary>
/// <param name="Min">The fewest on any silo.</param>
/// <param name="Max">The most on any silo.</param>
/// <param name="Mean">Total over silos.</param>
/// <param name="StandardDeviation">Population standard deviation of the per-silo counts.</param>
public sealed record PlacementSpread(long Min, long Max, double Mean, double StandardDeviation)
{
    /// <summary>How much more the busiest silo holds than an even share: the figure that sizes a silo.</summary>
    public double MaxOverMean => Mean == 0 ? 0 : Max / Mean;

    /// <summary>The spread of <paramref name="perSilo"/> (one count per silo).</summary>
    public static PlacementSpread Of(IReadOnlyList<long> perSilo)
    {
        ArgumentNullException.ThrowIfNull(perSilo);
        if (perSilo.Count == 0)
        {
            throw new ArgumentException("At least one silo is needed.", nameof(perSilo));
        }

        var mean = perSilo.Average(c => (double)c);
        var variance = perSilo.Average(c => (c - mean) * (c - mean));
        return new PlacementSpread(perSilo.Min(), perSilo.Max(), mean, Math.Sqrt(variance));
    }
}
