namespace Vrss.Bench.Capacity;

/// <summary>
/// Where activations land. Orleans 10's default is resource-optimized placement (since 9.2): it weighs the silos'
/// CPU and memory statistics, which this model has not got. Uniform random placement (Orleans' default before 9.2,
/// and <c>[RandomPlacement]</c>) is the uneven bound: a placement that looks at load does no worse on identical
/// silos. Two random choices, the less loaded kept, stands for a load-aware placement; it is a model, not
/// Orleans' algorithm.
/// </summary>
public static class PlacementSimulation
{
    /// <summary>Places <paramref name="activations"/> on <paramref name="silos"/> silos uniformly at random; returns the count per silo.</summary>
    public static long[] Random(long activations, int silos, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var counts = new long[silos];
        for (var i = 0L; i < activations; i++)
        {
            counts[random.Next(silos)]++;
        }

        return counts;
    }

    /// <summary>Places each activation on the less loaded of two silos drawn at random; returns the count per silo.</summary>
    public static long[] TwoChoices(long activations, int silos, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var counts = new long[silos];
        for (var i = 0L; i < activations; i++)
        {
            var (a, b) = (random.Next(silos), random.Next(silos));
            counts[counts[b] < counts[a] ? b : a]++;
        }

        return counts;
    }

    /// <summary>
    /// The expected busiest silo under uniform random placement of many activations, by the normal approximation of
    /// the maximum of <paramref name="silos"/> binomial counts: mean + sqrt(2 ln S) standard deviations.
    /// </summary>
    public static double ExpectedRandomMax(long activations, int silos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var mean = (double)activations / silos;
        var deviation = Math.Sqrt(mean * (1 - (1.0 / silos)));
        return silos == 1 ? mean : mean + (Math.Sqrt(2 * Math.Log(silos)) * deviation);
    }
}
