using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Moderation;

/// <summary><see cref="IAuditLogRepository"/> on the <c>audit_log</c> table.</summary>
public sealed class PostgresAuditLogRepository(DbRetry db) : IAuditLogRepository
{
    /// <inheritdoc />
    public async Task AppendAsync(AuditEntry entry)
    {
        AuditChecks.Check(entry);
        // Repeatable: the id makes a second insert a no-op.
        await db.ExecuteAsync(ModerationStatements.AppendAudit(entry), repeatable: true).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Page<AuditEntry>> GetPageAsync(string? actorId, string? targetUserId, string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(
            ModerationStatements.AuditPage(actorId, targetUserId, before, limit),
            r => new AuditEntry(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7),
                r.GetFieldValue<DateTimeOffset>(8))).ConfigureAwait(false);
        return Pages.From(rows, limit, e => new TimeCursor(e.At, e.Id).Encode());
    }
}
