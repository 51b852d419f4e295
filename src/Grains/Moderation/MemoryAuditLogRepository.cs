using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Moderation;

/// <summary><see cref="IAuditLogRepository"/> in memory.</summary>
public sealed class MemoryAuditLogRepository(MemoryDatabase database) : IAuditLogRepository
{
    private readonly MemoryModerationTables _tables = database.Table<MemoryModerationTables>();

    /// <inheritdoc />
    public Task AppendAsync(AuditEntry entry)
    {
        AuditChecks.Check(entry);
        lock (_tables.Gate)
        {
            _tables.Audit.TryAdd(entry.Id, entry with { At = DbTime.Normalize(entry.At) });
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<Page<AuditEntry>> GetPageAsync(string? actorId, string? targetUserId, string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_tables.Gate)
        {
            var rows = _tables.Audit.Values
                .Where(e => actorId is null || string.Equals(e.ActorId, actorId, StringComparison.Ordinal))
                .Where(e => targetUserId is null || string.Equals(e.TargetUserId, targetUserId, StringComparison.Ordinal));
            return Task.FromResult(MemoryKeyset.Descending(rows, e => e.At, e => e.Id, before, limit));
        }
    }
}
