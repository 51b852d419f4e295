using Npgsql;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>The follow graph in the <c>follows</c> table.</summary>
public sealed class PostgresFollowRepository(DbRetry db) : IFollowRepository
{
    /// <inheritdoc />
    public async Task<bool> FollowAsync(string followerId, string followeeId, DateTimeOffset at)
    {
        FollowChecks.Pair(followerId, followeeId);
        return await db.ExecuteAsync(FollowStatements.Follow(followerId, followeeId, at)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> UnfollowAsync(string followerId, string followeeId)
    {
        Guard.Id(followerId, nameof(followerId));
        Guard.Id(followeeId, nameof(followeeId));
        return await db.ExecuteAsync(FollowStatements.Unfollow(followerId, followeeId)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<bool> IsFollowingAsync(string followerId, string followeeId)
    {
        Guard.Id(followerId, nameof(followerId));
        Guard.Id(followeeId, nameof(followeeId));
        return db.ScalarAsync<bool>(FollowStatements.IsFollowing(followerId, followeeId));
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> GetFollowedAmongAsync(string followerId, IReadOnlyCollection<string> candidateIds)
    {
        Guard.Id(followerId, nameof(followerId));
        var candidates = Guard.Ids(candidateIds, nameof(candidateIds));
        if (candidates.Length == 0)
        {
            return new HashSet<string>();
        }

        var rows = await db.QueryAsync(FollowStatements.FollowedAmong(followerId, candidates), r => r.GetString(0)).ConfigureAwait(false);
        return rows.ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<Page<FollowEdge>> GetFollowersAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(FollowStatements.Followers(userId, before, limit), ReadEdge).ConfigureAwait(false);
        return Pages.From(rows, limit, e => new TimeCursor(e.CreatedAt, e.UserId).Encode());
    }

    /// <inheritdoc />
    public async Task<Page<FollowEdge>> GetFollowingAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(FollowStatements.Following(userId, before, limit), ReadEdge).ConfigureAwait(false);
        return Pages.From(rows, limit, e => new TimeCursor(e.CreatedAt, e.UserId).Encode());
    }

    /// <inheritdoc />
    public async Task<FollowCounts> CountAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        var counts = await db.QuerySingleAsync(
            FollowStatements.Count(userId),
            r => new FollowCounts((int)r.GetInt64(0), (int)r.GetInt64(1))).ConfigureAwait(false);
        return counts!;
    }

    /// <inheritdoc />
    public async Task<Page<string>> GetFollowerIdBatchAsync(string userId, string? cursor, int batchSize)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(batchSize, IFollowRepository.MaxFollowerBatch, nameof(batchSize));
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        var rows = await db.QueryAsync(FollowStatements.FollowerIdBatch(userId, after, batchSize), ReadEdge).ConfigureAwait(false);
        var page = Pages.From(rows, batchSize, e => new TimeCursor(e.CreatedAt, e.UserId).Encode());
        return new Page<string>([.. page.Items.Select(e => e.UserId)], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetFolloweeIdsAsync(string userId)
    {
        Guard.Id(userId, nameof(userId));
        return await db.QueryAsync(FollowStatements.FolloweeIds(userId), r => r.GetString(0)).ConfigureAwait(false);
    }

    private static FollowEdge ReadEdge(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1));
}
