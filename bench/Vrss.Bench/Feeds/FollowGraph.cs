namespace Vrss.Bench.Feeds;

/// <summary>
/// A follow graph with a power-law follower distribution: every user follows a fixed number of accounts drawn
/// from a Zipf distribution over a random ranking of the users, so a few accounts gather thousands of followers
/// and most gather a handful.
/// </summary>
internal static class FollowGraph
{
    /// <summary>The followees of each user (index into <paramref name="users"/>), without self-follows or repeats.</summary>
    public static List<int>[] Build(int users, int followsPerUser, double exponent, Random random)
    {
        var ranking = Enumerable.Range(0, users).OrderBy(_ => random.Next()).ToArray();
        var cumulative = new double[users];
        var total = 0.0;
        for (var rank = 0; rank < users; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = total;
        }

        var followees = new List<int>[users];
        for (var user = 0; user < users; user++)
        {
            var chosen = new HashSet<int>();
            for (var attempts = 0; chosen.Count < Math.Min(followsPerUser, users - 1) && attempts < followsPerUser * 20; attempts++)
            {
                var rank = Array.BinarySearch(cumulative, random.NextDouble() * total);
                var target = ranking[rank < 0 ? ~rank : rank];
                if (target != user)
                {
                    chosen.Add(target);
                }
            }

            followees[user] = [.. chosen];
        }

        return followees;
    }
}
