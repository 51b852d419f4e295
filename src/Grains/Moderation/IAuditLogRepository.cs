using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Moderation;

/// <summary>The append-only <c>audit_log</c> table: entries are added, never changed or removed.</summary>
public interface IAuditLogRepository
{
    /// <summary>Adds an entry; an entry with the same id already there is left as it was (a retried append).</summary>
    Task AppendAsync(AuditEntry entry);

    /// <summary>Entries newest first, only those of <paramref name="actorId"/> and/or about <paramref name="targetUserId"/> when given.</summary>
    Task<Page<AuditEntry>> GetPageAsync(string? actorId, string? targetUserId, string? cursor, int limit);
}
