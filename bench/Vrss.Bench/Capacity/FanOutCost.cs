namespace Vrss.Bench.Capacity;

/// <summary>
/// What one new post's fan-out sends, following <c>FeedFanOut</c> and <c>FeedDeliveryClient</c> as written: the
/// author's own feed is one delivery, and every batch of follower ids is another; each delivery goes to the
/// delivery service of EVERY active silo (a broadcast: the sender does not know where the feeds are active), and
/// each silo looks the ids up in its own table of active feeds and live streams. A pulled author (more followers
/// than the limit) and a private post reach the author's own feed only.
/// </summary>
/// <param name="Deliveries">Deliveries: 1 for the author plus one per batch of follower ids.</param>
/// <param name="Messages">Grain-service calls, Deliveries x silos (one of the silos is the sender's own, a local call).</param>
/// <param name="RemoteMessages">Those that cross the network: Deliveries x (silos - 1).</param>
/// <param name="IdsPerSilo">Follower ids every silo receives and looks up (the author's id included).</param>
/// <param name="Pulled">Whether the author is merged at read time instead.</param>
public sealed record FanOutCost(int Deliveries, long Messages, long RemoteMessages, long IdsPerSilo, bool Pulled)
{
    /// <summary>The cost of one post by an author with <paramref name="followers"/> followers on <paramref name="silos"/> silos.</summary>
    public static FanOutCost ForPost(long followers, int silos, FanOutRules rules, bool isPrivate = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(followers);
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rules.BatchSize, 1);
        var pulled = followers > rules.FollowerLimit;
        var fanned = pulled || isPrivate ? 0 : followers;
        var deliveries = 1 + (int)((fanned + rules.BatchSize - 1) / rules.BatchSize);
        return new FanOutCost(deliveries, (long)deliveries * silos, (long)deliveries * (silos - 1), 1 + fanned, pulled);
    }
}
