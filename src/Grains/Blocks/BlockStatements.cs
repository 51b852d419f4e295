using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Blocks;

/// <summary>The SQL of <see cref="PostgresBlockRepository"/> (schema: deploy/sql/0100_user_blocks.sql).</summary>
internal static class BlockStatements
{
    public const string AddSql = """
        INSERT INTO user_blocks (owner_id, kind, target_id, created_at) VALUES (@owner, @kind, @target, @at)
        ON CONFLICT (owner_id, kind, target_id) DO NOTHING
        """;

    public const string RemoveSql = """
        DELETE FROM user_blocks WHERE owner_id = @owner AND kind = @kind AND target_id = @target
        """;

    public const string ListSql = """
        SELECT target_id, created_at FROM user_blocks
        WHERE owner_id = @owner AND kind = @kind
        ORDER BY created_at DESC, target_id DESC
        LIMIT @max
        """;

    public const string BlockersSql = """
        SELECT owner_id FROM user_blocks WHERE target_id = @target AND kind = @kind
        """;

    public static SqlStatement Add(BlockKind kind, string ownerId, string targetId, DateTimeOffset at) =>
        new(AddSql, Text("owner", ownerId), SmallInt("kind", (short)kind), Text("target", targetId), Time("at", at));

    public static SqlStatement Remove(BlockKind kind, string ownerId, string targetId) =>
        new(RemoveSql, Text("owner", ownerId), SmallInt("kind", (short)kind), Text("target", targetId));

    public static SqlStatement List(BlockKind kind, string ownerId, int max) =>
        new(ListSql, Text("owner", ownerId), SmallInt("kind", (short)kind), Integer("max", max));

    public static SqlStatement Blockers(string targetId) =>
        new(BlockersSql, Text("target", targetId), SmallInt("kind", (short)BlockKind.Block));
}
