using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>
/// Staff reads over the moderation tables: the audit log, the report queue and the account list. It holds no
/// state; any activation answers the same. Callers have checked the caller's role.
/// </summary>
public interface IModerationQueryGrain : IGrainWithStringKey
{
    /// <summary>The audit log, newest first, optionally only one actor's entries or one account's.</summary>
    [ReadOnly]
    Task<Page<AuditEntryView>> GetAuditLogAsync(string? actorId, string? targetUserId, string? cursor, int limit);

    /// <summary>Accounts matching <paramref name="filter"/>, newest first (keyset pages).</summary>
    [ReadOnly]
    Task<Page<StaffAccountView>> ListAccountsAsync(AccountFilter filter, string? cursor, int limit);
}
