namespace Vrss.Bench.Capacity;

/// <summary>
/// A post's fan-out cost averaged over authors, every author posting at the same rate (an assumption: real
/// large accounts post more often than small ones, which makes the real average higher).
/// </summary>
/// <param name="MeanMessages">Grain-service calls per post, all silos together.</param>
/// <param name="MeanRemoteMessages">Those crossing the network per post.</param>
/// <param name="MeanIdsPerSilo">Follower ids each silo looks up per post.</param>
/// <param name="P99Messages">The 99th percentile of calls per post (authors ranked by followers).</param>
/// <param name="MaxMessages">The costliest fanned-out author's post.</param>
/// <param name="PulledAuthors">Authors above the follower limit.</param>
/// <param name="LargestFanned">The most followers an author who is still fanned out has.</param>
public sealed record FanOutProfile(double MeanMessages, double MeanRemoteMessages, double MeanIdsPerSilo, long P99Messages, long MaxMessages, int PulledAuthors, long LargestFanned)
{
    /// <summary>The profile of authors whose follower counts are <paramref name="followersByRank"/> (any order).</summary>
    public static FanOutProfile Of(IReadOnlyList<double> followersByRank, int silos, FanOutRules rules)
    {
        ArgumentNullException.ThrowIfNull(followersByRank);
        if (followersByRank.Count == 0)
        {
            throw new ArgumentException("At least one author is needed.", nameof(followersByRank));
        }

        var messages = new long[followersByRank.Count];
        var (remote, ids, pulled, largestFanned) = (0.0, 0.0, 0, 0L);
        for (var i = 0; i < messages.Length; i++)
        {
            var followers = (long)Math.Round(followersByRank[i]);
            var cost = FanOutCost.ForPost(followers, silos, rules);
            messages[i] = cost.Messages;
            remote += cost.RemoteMessages;
            ids += cost.IdsPerSilo;
            pulled += cost.Pulled ? 1 : 0;
            largestFanned = cost.Pulled ? largestFanned : Math.Max(largestFanned, followers);
        }

        Array.Sort(messages);
        var p99Index = Math.Min(messages.Length - 1, (int)Math.Ceiling(messages.Length * 0.99) - 1);
        return new FanOutProfile(
            messages.Average(m => (double)m),
            remote / messages.Length,
            ids / messages.Length,
            messages[p99Index],
            messages[^1],
            pulled,
            largestFanned);
    }
}
