using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>
/// Follow requests in memory, with the Postgres semantics. They live in the follow table's own object, under its
/// gate, so that accepting moves a request into the edges in one step, as the single Postgres statement does.
/// </summary>
public sealed class MemoryFollowRequestRepository(MemoryDatabase database) : IFollowRequestRepository
{
    private readonly MemoryFollowTable _table = database.Table<MemoryFollowTable>();

    /// <inheritdoc />
    public Task<bool> RequestAsync(string requesterId, string targetId, DateTimeOffset at)
    {
        FollowChecks.Pair(requesterId, targetId);
        lock (_table.Gate)
        {
            var incoming = MemoryFollowTable.Ensure(_table.RequestsByTarget, targetId);
            return Task.FromResult(!_table.Contains(requesterId, targetId) && incoming.TryAdd(requesterId, DbTime.Normalize(at)));
        }
    }

    /// <inheritdoc />
    public Task<bool> AcceptAsync(string requesterId, string targetId, DateTimeOffset at)
    {
        Guard.Id(requesterId, nameof(requesterId));
        Guard.Id(targetId, nameof(targetId));
        lock (_table.Gate)
        {
            if (!Take(requesterId, targetId) || _table.Contains(requesterId, targetId))
            {
                return Task.FromResult(false);
            }

            var since = DbTime.Normalize(at);
            MemoryFollowTable.Ensure(_table.ByFollower, requesterId)[targetId] = since;
            MemoryFollowTable.Ensure(_table.ByFollowee, targetId)[requesterId] = since;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string requesterId, string targetId)
    {
        Guard.Id(requesterId, nameof(requesterId));
        Guard.Id(targetId, nameof(targetId));
        lock (_table.Gate)
        {
            return Task.FromResult(Take(requesterId, targetId));
        }
    }

    /// <inheritdoc />
    public Task<bool> IsPendingAsync(string requesterId, string targetId)
    {
        Guard.Id(requesterId, nameof(requesterId));
        Guard.Id(targetId, nameof(targetId));
        lock (_table.Gate)
        {
            return Task.FromResult(MemoryFollowTable.Of(_table.RequestsByTarget, targetId).ContainsKey(requesterId));
        }
    }

    /// <inheritdoc />
    public Task<Page<FollowEdge>> GetIncomingAsync(string targetId, string? cursor, int limit)
    {
        Guard.Id(targetId, nameof(targetId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_table.Gate)
        {
            return Task.FromResult(MemoryKeyset.Descending(
                MemoryFollowTable.Of(_table.RequestsByTarget, targetId).Select(e => new FollowEdge(e.Key, e.Value)),
                e => e.CreatedAt,
                e => e.UserId,
                before,
                limit));
        }
    }

    // Removes the request; the caller holds the gate.
    private bool Take(string requesterId, string targetId) =>
        _table.RequestsByTarget.TryGetValue(targetId, out var incoming) && incoming.Remove(requesterId);
}
