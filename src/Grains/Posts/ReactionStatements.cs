using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Posts;

/// <summary>The SQL of <see cref="PostgresReactionRepository"/> (schema: deploy/sql/0022_reactions.sql).</summary>
internal static class ReactionStatements
{
    // One statement upserts the reaction; the reactions_count trigger (deploy/sql/0031_reaction_counts.sql)
    // moves the post's total and per-type counts from the row's actual old and new type, so they stay exact
    // even when two upserts race. The final SELECT tells "no such post" apart and returns the reaction that
    // was replaced, as of the statement's snapshot.
    public const string SetSql = """
        WITH previous AS (
            SELECT type FROM reactions WHERE post_id = @post AND user_id = @user
        ), stored AS (
            INSERT INTO reactions (post_id, user_id, type, created_at)
            SELECT p.id, @user, @type, @at FROM posts p WHERE p.id = @post AND p.deleted_at IS NULL
            ON CONFLICT (post_id, user_id) DO UPDATE SET type = excluded.type, created_at = excluded.created_at
            RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM stored), (SELECT type FROM previous)
        """;

    // The trigger uncounts the removed row.
    public const string RemoveSql = """
        DELETE FROM reactions WHERE post_id = @post AND user_id = @user RETURNING type
        """;

    public const string GetSql = """
        SELECT type FROM reactions WHERE post_id = @post AND user_id = @user
        """;

    public const string GetManySql = """
        SELECT post_id, type FROM reactions WHERE post_id = ANY (@posts) AND user_id = @user
        """;

    public const string CountSql = """
        SELECT type, count(*) FROM reactions WHERE post_id = @post GROUP BY type
        """;

    public static SqlStatement Set(string postId, string userId, ReactionType reaction, DateTimeOffset at) =>
        new(SetSql, Text("post", postId), Text("user", userId), SmallInt("type", (short)reaction), Time("at", at));

    public static SqlStatement Remove(string postId, string userId) => new(RemoveSql, Text("post", postId), Text("user", userId));

    public static SqlStatement Get(string postId, string userId) => new(GetSql, Text("post", postId), Text("user", userId));

    public static SqlStatement GetMany(string userId, IReadOnlyCollection<string> postIds) =>
        new(GetManySql, Text("user", userId), TextArray("posts", postIds));

    public static SqlStatement Count(string postId) => new(CountSql, Text("post", postId));
}
