namespace Vrss.Bench.Capacity;

/// <summary>
/// The expected follower count of every account under the follow graph the feed benchmark builds (bench's
/// <c>FollowGraph</c>): each of N users follows k distinct accounts drawn from a Zipf distribution (exponent s)
/// over a ranking of the users. The account of rank r is drawn with p_r = r^-s / H, H = sum of i^-s; one user's
/// k draws miss it with probability (1 - p_r)^k, so it expects (N - 1)(1 - (1 - p_r)^k) followers. (Drawing with
/// replacement stands in for drawing k distinct accounts; the two differ only for the few top ranks.)
/// </summary>
public static class FollowerModel
{
    /// <summary>Expected followers by rank (index 0 is rank 1), largest first.</summary>
    public static double[] ExpectedFollowers(int users, int followsPerUser, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(users, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(followsPerUser);
        var weights = new double[users];
        var total = 0.0;
        for (var rank = 0; rank < users; rank++)
        {
            weights[rank] = Math.Pow(rank + 1, -exponent);
            total += weights[rank];
        }

        var followers = new double[users];
        for (var rank = 0; rank < users; rank++)
        {
            followers[rank] = (users - 1) * (1 - Math.Pow(1 - (weights[rank] / total), followsPerUser));
        }

        return followers;
    }
}
