namespace Vrss.Bench.Capacity;

/// <summary>The fan-out settings that decide a post's messages (Vrss:Feeds, see <c>FeedOptions</c>).</summary>
/// <param name="BatchSize">Follower ids per message (FanOutBatchSize, 2,000).</param>
/// <param name="FollowerLimit">Authors with more followers are pulled, merged into feeds at read time (FanOutFollowerLimit, 10,000).</param>
public sealed record FanOutRules(int BatchSize = 2_000, int FollowerLimit = 10_000);
