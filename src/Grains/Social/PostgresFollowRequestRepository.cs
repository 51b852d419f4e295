using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>Follow requests in the <c>follow_requests</c> table; accepting moves one into <c>follows</c>.</summary>
public sealed class PostgresFollowRequestRepository(DbRetry db) : IFollowRequestRepository
{
    /// <inheritdoc />
    public async Task<bool> RequestAsync(string requesterId, string targetId, DateTimeOffset at)
    {
        FollowChecks.Pair(requesterId, targetId);
        return await db.ExecuteAsync(FollowRequestStatements.Request(requesterId, targetId, at)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> AcceptAsync(string requesterId, string targetId, DateTimeOffset at)
    {
        Guard.Id(requesterId, nameof(requesterId));
        Guard.Id(targetId, nameof(targetId));
        return await db.ExecuteAsync(FollowRequestStatements.Accept(requesterId, targetId, at)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string requesterId, string targetId)
    {
        Guard.Id(requesterId, nameof(requesterId));
        Guard.Id(targetId, nameof(targetId));
        return await db.ExecuteAsync(FollowRequestStatements.Remove(requesterId, targetId)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<bool> IsPendingAsync(string requesterId, string targetId)
    {
        Guard.Id(requesterId, nameof(requesterId));
        Guard.Id(targetId, nameof(targetId));
        return db.ScalarAsync<bool>(FollowRequestStatements.IsPending(requesterId, targetId));
    }

    /// <inheritdoc />
    public async Task<Page<FollowEdge>> GetIncomingAsync(string targetId, string? cursor, int limit)
    {
        Guard.Id(targetId, nameof(targetId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(
            FollowRequestStatements.Incoming(targetId, before, limit),
            r => new FollowEdge(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1))).ConfigureAwait(false);
        return Pages.From(rows, limit, e => new TimeCursor(e.CreatedAt, e.UserId).Encode());
    }
}
