using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Moderation;

/// <summary>
/// The SQL of <see cref="PostgresAccountDirectoryRepository"/> (indexes: deploy/sql/0141_account_directory.sql). One
/// text per starting point, so each has its own plan: the whole list (or a query), staff roles and restrictions (from
/// <c>account_standing</c>), pending deletions. The filters that do not choose the starting point are null-able
/// parameters; statements run with their values, so PostgreSQL folds the unused ones away before planning.
/// </summary>
internal static class AccountDirectoryStatements
{
    // users.id has the database's collation and account_standing.user_id "C": joins compare in "C", which both
    // account_standing's indexes and users_id_c_idx (0141) answer, so the planner may start from either table.
    private const string Columns = """
        u.id, u.username, u.display_name, u.email, u.email_verified_at IS NOT NULL, u.totp_secret IS NOT NULL, u.created_at,
        u.purge_at, coalesce(s.role, 0)::smallint, s.silenced_at, s.suspended_at, coalesce(s.storage_tier, 0)::smallint
        """;

    private const string QueryFilter = """
        (@prefix::text IS NULL OR u.username LIKE @prefix OR u.email_normalized LIKE @prefix OR lower(u.display_name) LIKE @contains)
        """;

    private const string Page = """
        AND (u.created_at, u.id) < (@before_at, @before_id)
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT @limit
        """;

    public const string ListSql = $"""
        SELECT {Columns}
        FROM users u LEFT JOIN account_standing s ON s.user_id = u.id COLLATE "C"
        WHERE {QueryFilter}
          AND (NOT @members_only OR coalesce(s.role, 0) = 0)
          AND (NOT @active_only OR (u.purge_at IS NULL AND s.silenced_at IS NULL AND s.suspended_at IS NULL))
        {Page}
        """;

    // Status codes as AccountStatus numbers them: 0 active, 1 silenced, 2 suspended (a pending deletion comes first).
    public const string ListByStandingSql = $"""
        SELECT {Columns}
        FROM account_standing s JOIN users u ON s.user_id = u.id COLLATE "C"
        WHERE {QueryFilter}
          AND (@role::smallint IS NULL OR s.role = @role)
          AND (@status::smallint IS NULL
               OR (@status = 0 AND u.purge_at IS NULL AND s.silenced_at IS NULL AND s.suspended_at IS NULL)
               OR (@status = 1 AND u.purge_at IS NULL AND s.silenced_at IS NOT NULL AND s.suspended_at IS NULL)
               OR (@status = 2 AND u.purge_at IS NULL AND s.suspended_at IS NOT NULL))
        {Page}
        """;

    // Pending deletions are few: each probes account_standing's key. As a plain join, once there are a hundred or so
    // the planner hashes the whole standing table instead; the LIMIT keeps the subquery a per-row probe.
    public const string ListPendingDeletionSql = $"""
        SELECT {Columns}
        FROM users u LEFT JOIN LATERAL (
            SELECT role, silenced_at, suspended_at, storage_tier FROM account_standing WHERE user_id = u.id COLLATE "C" LIMIT 1
        ) s ON true
        WHERE u.purge_at IS NOT NULL AND {QueryFilter}
          AND (@role::smallint IS NULL OR coalesce(s.role, 0) = @role)
        {Page}
        """;

    public static SqlStatement List(string? query, bool membersOnly, bool activeOnly, TimeCursor before, int limit) =>
        new(ListSql, [.. Query(query), Boolean("members_only", membersOnly), Boolean("active_only", activeOnly), .. Keyset(before, limit)]);

    public static SqlStatement ListByStanding(string? query, AccountRole? role, AccountStatus? status, TimeCursor before, int limit) =>
        new(ListByStandingSql, [.. Query(query), SmallInt("role", (short?)role), SmallInt("status", (short?)status), .. Keyset(before, limit)]);

    public static SqlStatement ListPendingDeletion(string? query, AccountRole? role, TimeCursor before, int limit) =>
        new(ListPendingDeletionSql, [.. Query(query), SmallInt("role", (short?)role), .. Keyset(before, limit)]);

    // LIKE patterns from what staff typed: its own %, _ and \ match themselves.
    private static Npgsql.NpgsqlParameter[] Query(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [Text("prefix", null), Text("contains", null)];
        }

        var escaped = query.Trim().ToLowerInvariant().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        return [Text("prefix", escaped + "%"), Text("contains", "%" + escaped + "%")];
    }

    private static Npgsql.NpgsqlParameter[] Keyset(TimeCursor before, int limit) =>
        [Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1)];
}
