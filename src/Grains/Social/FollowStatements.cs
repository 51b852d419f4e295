using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Social;

/// <summary>The SQL of <see cref="PostgresFollowRepository"/> (schema: deploy/sql/0023_follows.sql).</summary>
internal static class FollowStatements
{
    public const string FollowSql = """
        INSERT INTO follows (follower_id, followee_id, created_at)
        VALUES (@follower, @followee, @at)
        ON CONFLICT (follower_id, followee_id) DO NOTHING
        """;

    public const string UnfollowSql = """
        DELETE FROM follows WHERE follower_id = @follower AND followee_id = @followee
        """;

    public const string IsFollowingSql = """
        SELECT EXISTS (SELECT 1 FROM follows WHERE follower_id = @follower AND followee_id = @followee)
        """;

    public const string FollowedAmongSql = """
        SELECT followee_id FROM follows WHERE follower_id = @follower AND followee_id = ANY (@candidates)
        """;

    public const string FollowersSql = """
        SELECT follower_id, created_at FROM follows
        WHERE followee_id = @user AND (created_at, follower_id) < (@before_at, @before_id)
        ORDER BY created_at DESC, follower_id DESC
        LIMIT @limit
        """;

    public const string FollowingSql = """
        SELECT followee_id, created_at FROM follows
        WHERE follower_id = @user AND (created_at, followee_id) < (@before_at, @before_id)
        ORDER BY created_at DESC, followee_id DESC
        LIMIT @limit
        """;

    public const string CountSql = """
        SELECT (SELECT count(*) FROM follows WHERE followee_id = @user),
               (SELECT count(*) FROM follows WHERE follower_id = @user)
        """;

    public const string FollowerIdBatchSql = """
        SELECT follower_id, created_at FROM follows
        WHERE followee_id = @user AND (created_at, follower_id) > (@after_at, @after_id)
        ORDER BY created_at, follower_id
        LIMIT @limit
        """;

    public const string FolloweeIdsSql = """
        SELECT followee_id FROM follows WHERE follower_id = @user
        """;

    public static SqlStatement Follow(string followerId, string followeeId, DateTimeOffset at) =>
        new(FollowSql, Text("follower", followerId), Text("followee", followeeId), Time("at", at));

    public static SqlStatement Unfollow(string followerId, string followeeId) =>
        new(UnfollowSql, Text("follower", followerId), Text("followee", followeeId));

    public static SqlStatement IsFollowing(string followerId, string followeeId) =>
        new(IsFollowingSql, Text("follower", followerId), Text("followee", followeeId));

    public static SqlStatement FollowedAmong(string followerId, IReadOnlyCollection<string> candidateIds) =>
        new(FollowedAmongSql, Text("follower", followerId), TextArray("candidates", candidateIds));

    public static SqlStatement Followers(string userId, TimeCursor before, int limit) =>
        new(FollowersSql, Text("user", userId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Following(string userId, TimeCursor before, int limit) =>
        new(FollowingSql, Text("user", userId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Count(string userId) => new(CountSql, Text("user", userId));

    public static SqlStatement FollowerIdBatch(string userId, TimeCursor after, int limit) =>
        new(FollowerIdBatchSql, Text("user", userId), Time("after_at", after.At), Text("after_id", after.Id), Integer("limit", limit + 1));

    public static SqlStatement FolloweeIds(string userId) => new(FolloweeIdsSql, Text("user", userId));
}
