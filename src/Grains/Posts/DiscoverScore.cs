namespace Vrss.Grains.Posts;

/// <summary>
/// The discovery rank: recency in units of 12 hours plus the natural log of engagement (a comment counts
/// twice a reaction), so each e-fold (~2.7x) of engagement is worth 12 hours of freshness. It depends only on
/// the post, never on "now", so cursors over it stay valid. Postgres computes it as a generated column
/// (deploy/sql/0020_posts.sql); this is the same formula for the Memory provider.
/// </summary>
internal static class DiscoverScore
{
    public static double Of(DateTimeOffset createdAt, int reactionCount, int commentCount) =>
        ((createdAt.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond / 43_200d)
        + Math.Log(1d + reactionCount + (2d * commentCount));
}
