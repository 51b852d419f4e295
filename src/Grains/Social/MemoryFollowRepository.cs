using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>The follow graph in memory (the embedded default and tests), with the Postgres semantics.</summary>
public sealed class MemoryFollowRepository(MemoryDatabase database) : IFollowRepository
{
    private readonly MemoryFollowTable _table = database.Table<MemoryFollowTable>();

    /// <inheritdoc />
    public Task<bool> FollowAsync(string followerId, string followeeId, DateTimeOffset at)
    {
        FollowChecks.Pair(followerId, followeeId);
        var since = DbTime.Normalize(at);
        lock (_table.Gate)
        {
            if (_table.Contains(followerId, followeeId))
            {
                return Task.FromResult(false);
            }

            Edges(_table.ByFollower, followerId)[followeeId] = since;
            Edges(_table.ByFollowee, followeeId)[followerId] = since;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> UnfollowAsync(string followerId, string followeeId)
    {
        Guard.Id(followerId, nameof(followerId));
        Guard.Id(followeeId, nameof(followeeId));
        lock (_table.Gate)
        {
            var removed = _table.ByFollower.TryGetValue(followerId, out var followees) && followees.Remove(followeeId);
            if (removed)
            {
                _table.ByFollowee[followeeId].Remove(followerId);
            }

            return Task.FromResult(removed);
        }
    }

    /// <inheritdoc />
    public Task<bool> IsFollowingAsync(string followerId, string followeeId)
    {
        Guard.Id(followerId, nameof(followerId));
        Guard.Id(followeeId, nameof(followeeId));
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Contains(followerId, followeeId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> GetFollowedAmongAsync(string followerId, IReadOnlyCollection<string> candidateIds)
    {
        Guard.Id(followerId, nameof(followerId));
        var candidates = Guard.Ids(candidateIds, nameof(candidateIds));
        lock (_table.Gate)
        {
            IReadOnlySet<string> followed = candidates.Where(c => _table.Contains(followerId, c)).ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(followed);
        }
    }

    /// <inheritdoc />
    public Task<Page<FollowEdge>> GetFollowersAsync(string userId, string? cursor, int limit) =>
        ListAsync(_table.ByFollowee, userId, cursor, limit);

    /// <inheritdoc />
    public Task<Page<FollowEdge>> GetFollowingAsync(string userId, string? cursor, int limit) =>
        ListAsync(_table.ByFollower, userId, cursor, limit);

    /// <inheritdoc />
    public Task<FollowCounts> CountAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        lock (_table.Gate)
        {
            return Task.FromResult(new FollowCounts(
                MemoryFollowTable.Of(_table.ByFollowee, userId).Count,
                MemoryFollowTable.Of(_table.ByFollower, userId).Count));
        }
    }

    /// <inheritdoc />
    public Task<Page<string>> GetFollowerIdBatchAsync(string userId, string? cursor, int batchSize)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(batchSize, IFollowRepository.MaxFollowerBatch, nameof(batchSize));
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        lock (_table.Gate)
        {
            var page = MemoryKeyset.Ascending(
                MemoryFollowTable.Of(_table.ByFollowee, userId).Select(e => new FollowEdge(e.Key, e.Value)),
                e => e.CreatedAt,
                e => e.UserId,
                after,
                batchSize);
            return Task.FromResult(new Page<string>([.. page.Items.Select(e => e.UserId)], page.NextCursor));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetFolloweeIdsAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        lock (_table.Gate)
        {
            IReadOnlyList<string> ids = [.. MemoryFollowTable.Of(_table.ByFollower, userId).Keys];
            return Task.FromResult(ids);
        }
    }

    private Task<Page<FollowEdge>> ListAsync(Dictionary<string, Dictionary<string, DateTimeOffset>> index, string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var after = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_table.Gate)
        {
            return Task.FromResult(MemoryKeyset.Descending(
                MemoryFollowTable.Of(index, userId).Select(e => new FollowEdge(e.Key, e.Value)),
                e => e.CreatedAt,
                e => e.UserId,
                after,
                limit));
        }
    }

    private static Dictionary<string, DateTimeOffset> Edges(Dictionary<string, Dictionary<string, DateTimeOffset>> index, string userId)
    {
        if (!index.TryGetValue(userId, out var edges))
        {
            edges = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            index[userId] = edges;
        }

        return edges;
    }
}
