using Vrss.Grains.Data;

namespace Vrss.Grains.HotReads;

/// <summary>The SQL of <see cref="PostgresHiddenAuthorRepository"/>.</summary>
internal static class HiddenAuthorStatements
{
    // Both halves read only a partial index of the few hidden accounts (deploy/sql/0090 and 0130). The reason numbers
    // are HiddenReasons'.
    public const string ListSql = """
        SELECT s.user_id, 1 FROM account_standing s WHERE s.suspended_at IS NOT NULL
        UNION ALL
        SELECT u.id COLLATE "C", 2 FROM users u WHERE u.purge_at IS NOT NULL
        """;

    public static SqlStatement List() => new(ListSql);
}
