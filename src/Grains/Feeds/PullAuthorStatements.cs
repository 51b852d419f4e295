using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Feeds;

/// <summary>The SQL of <see cref="PostgresPullAuthorRepository"/> (schema: deploy/sql/0032_feed_pull_authors.sql).</summary>
internal static class PullAuthorStatements
{
    public const string AddSql = """
        INSERT INTO feed_pull_authors (user_id, since) VALUES (@user, @at) ON CONFLICT (user_id) DO NOTHING
        """;

    public const string RemoveSql = """
        DELETE FROM feed_pull_authors WHERE user_id = @user
        """;

    public const string IsPulledSql = """
        SELECT EXISTS (SELECT 1 FROM feed_pull_authors WHERE user_id = @user)
        """;

    // Walks the (small) table of pulled authors and probes the follow key for each, so the cost does not grow
    // with how many accounts the reader follows.
    public const string FollowedSql = """
        SELECT a.user_id FROM feed_pull_authors a
        WHERE EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = @user AND f.followee_id = a.user_id)
        """;

    public static SqlStatement Add(string userId, DateTimeOffset at) => new(AddSql, Text("user", userId), Time("at", at));

    public static SqlStatement Remove(string userId) => new(RemoveSql, Text("user", userId));

    public static SqlStatement IsPulled(string userId) => new(IsPulledSql, Text("user", userId));

    public static SqlStatement Followed(string followerId) => new(FollowedSql, Text("user", followerId));
}
