using Vrss.GrainInterfaces.Moderation;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Moderation;

/// <summary>The SQL of the moderation repositories (schema: deploy/sql/0090_account_standing.sql).</summary>
internal static class ModerationStatements
{
    public const string GetStandingSql = """
        SELECT role, silenced_at, suspended_at, storage_tier FROM account_standing WHERE user_id = @user
        """;

    public const string SaveStandingSql = """
        INSERT INTO account_standing (user_id, role, silenced_at, suspended_at, storage_tier, updated_at)
        VALUES (@user, @role, @silenced_at, @suspended_at, @tier, @at)
        ON CONFLICT (user_id) DO UPDATE
        SET role = excluded.role, silenced_at = excluded.silenced_at, suspended_at = excluded.suspended_at,
            storage_tier = excluded.storage_tier, updated_at = excluded.updated_at
        """;

    public const string AppendAuditSql = """
        INSERT INTO audit_log (id, actor_id, action, target_kind, target_id, target_user_id, reason, detail, at)
        VALUES (@id, @actor, @action, @kind, @target, @target_user, @reason, @detail, @at)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string AuditColumns = "id, actor_id, action, target_kind, target_id, target_user_id, reason, detail, at";

    // One text per filter, so each has its own plan and index.
    public const string AuditPageSql = $"""
        SELECT {AuditColumns} FROM audit_log
        WHERE (at, id) < (@before_at, @before_id)
        ORDER BY at DESC, id DESC
        LIMIT @limit
        """;

    public const string AuditPageByActorSql = $"""
        SELECT {AuditColumns} FROM audit_log
        WHERE actor_id = @actor AND (@target_user::text IS NULL OR target_user_id = @target_user) AND (at, id) < (@before_at, @before_id)
        ORDER BY at DESC, id DESC
        LIMIT @limit
        """;

    public const string AuditPageByTargetUserSql = $"""
        SELECT {AuditColumns} FROM audit_log
        WHERE target_user_id = @target_user AND (at, id) < (@before_at, @before_id)
        ORDER BY at DESC, id DESC
        LIMIT @limit
        """;

    public static SqlStatement GetStanding(string userId) => new(GetStandingSql, Text("user", userId));

    public static SqlStatement SaveStanding(string userId, AccountStanding standing, DateTimeOffset at) =>
        new(
            SaveStandingSql,
            Text("user", userId),
            SmallInt("role", (short)standing.Role),
            Time("silenced_at", standing.SilencedAt),
            Time("suspended_at", standing.SuspendedAt),
            SmallInt("tier", (short)standing.StorageTier),
            Time("at", at));

    public static SqlStatement AppendAudit(AuditEntry entry) =>
        new(
            AppendAuditSql,
            Text("id", entry.Id),
            Text("actor", entry.ActorId),
            Text("action", entry.Action),
            Text("kind", entry.TargetKind),
            Text("target", entry.TargetId),
            Text("target_user", entry.TargetUserId),
            Text("reason", entry.Reason),
            Text("detail", entry.Detail),
            Time("at", entry.At));

    public static SqlStatement AuditPage(string? actorId, string? targetUserId, TimeCursor before, int limit)
    {
        var sql = actorId is not null ? AuditPageByActorSql : targetUserId is not null ? AuditPageByTargetUserSql : AuditPageSql;
        return new(
            sql,
            Text("actor", actorId),
            Text("target_user", targetUserId),
            Time("before_at", before.At),
            Text("before_id", before.Id),
            Integer("limit", limit + 1));
    }
}
