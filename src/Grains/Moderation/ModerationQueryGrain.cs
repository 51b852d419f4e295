using Orleans.Concurrency;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Moderation;

/// <summary>Stateless staff reads: the audit log (with the cards of the accounts it names) and the account list.</summary>
// Stateless: reads run on the silo that took the request.
[StatelessWorker]
[Reentrant]
public sealed class ModerationQueryGrain(IAuditLogRepository audit, IAccountDirectoryRepository accounts, PostViews views) : Grain, IModerationQueryGrain
{
    /// <inheritdoc />
    public Task<Page<StaffAccountView>> ListAccountsAsync(AccountFilter filter, string? cursor, int limit) =>
        accounts.ListAsync(filter, cursor, limit);

    /// <inheritdoc />
    public async Task<Page<AuditEntryView>> GetAuditLogAsync(string? actorId, string? targetUserId, string? cursor, int limit)
    {
        var page = await audit.GetPageAsync(actorId, targetUserId, cursor, limit);
        var cards = await views.CardsAsync(page.Items.SelectMany(e => e.TargetUserId is { } t ? [e.ActorId, t] : new[] { e.ActorId }));
        return new Page<AuditEntryView>(
            [.. page.Items.Select(e => new AuditEntryView(
                e.Id,
                cards[e.ActorId],
                e.Action,
                e.TargetKind,
                e.TargetId,
                e.TargetUserId is { } t ? cards[t] : null,
                e.Reason,
                e.Detail,
                e.At))],
            page.NextCursor);
    }
}
