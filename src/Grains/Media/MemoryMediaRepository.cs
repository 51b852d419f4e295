using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Media;

/// <summary>Media records in memory, with the Postgres semantics.</summary>
public sealed class MemoryMediaRepository(MemoryDatabase database) : IMediaRepository
{
    private readonly MemoryMediaTable _table = database.Table<MemoryMediaTable>();
    private readonly Posts.MemoryPostTables _posts = database.Table<Posts.MemoryPostTables>();

    /// <inheritdoc />
    public Task<bool> CreateAsync(MediaRecord media)
    {
        var row = MediaChecks.Normalize(media);
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Rows.TryAdd(row.Id, row));
        }
    }

    /// <inheritdoc />
    public Task<MediaRecord?> GetAsync(string mediaId)
    {
        Guard.Id(mediaId, nameof(mediaId));
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Rows.GetValueOrDefault(mediaId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MediaRecord>> GetManyAsync(IReadOnlyCollection<string> mediaIds)
    {
        var ids = Guard.Ids(mediaIds, nameof(mediaIds));
        lock (_table.Gate)
        {
            IReadOnlyList<MediaRecord> rows = [.. ids.Select(_table.Rows.GetValueOrDefault).OfType<MediaRecord>().OrderBy(m => m.Id, StringComparer.Ordinal)];
            return Task.FromResult(rows);
        }
    }

    /// <inheritdoc />
    public Task<MediaRecord?> TransitionAsync(string mediaId, MediaStatus from, MediaStatus to, DateTimeOffset at)
    {
        Guard.Id(mediaId, nameof(mediaId));
        Guard.Defined(from, nameof(from));
        Guard.Defined(to, nameof(to));
        lock (_table.Gate)
        {
            if (!_table.Rows.TryGetValue(mediaId, out var row) || row.Status != from)
            {
                return Task.FromResult<MediaRecord?>(null);
            }

            var moved = row with
            {
                Status = to,
                CompletedAt = to == MediaStatus.Completed ? DbTime.Normalize(at) : row.CompletedAt,
            };
            _table.Rows[mediaId] = moved;
            return Task.FromResult<MediaRecord?>(moved);
        }
    }

    /// <inheritdoc />
    public Task<MediaRecord?> DeleteAsync(string mediaId)
    {
        Guard.Id(mediaId, nameof(mediaId));
        lock (_table.Gate)
        {
            return Task.FromResult(_table.Rows.Remove(mediaId, out var row) ? row : null);
        }
    }

    /// <inheritdoc />
    public Task<Page<MediaRecord>> GetExpiredPendingAsync(DateTimeOffset now, string? cursor, int limit)
    {
        Guard.Limit(limit, IMediaRepository.MaxSweepBatch);
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        var cutoff = DbTime.Normalize(now);
        lock (_table.Gate)
        {
            return Task.FromResult(MemoryKeyset.Ascending(
                _table.Rows.Values.Where(m => m.Status == MediaStatus.Pending && m.ExpiresAt <= cutoff),
                m => m.ExpiresAt,
                m => m.Id,
                after,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<(MediaStatus Status, long Files, long Bytes)>> GetTotalsAsync()
    {
        lock (_table.Gate)
        {
            IReadOnlyList<(MediaStatus Status, long Files, long Bytes)> totals = [.. _table.Rows.Values
                .GroupBy(m => m.Status)
                .OrderBy(g => g.Key)
                .Select(g => (g.Key, (long)g.Count(), g.Sum(m => m.Size)))];
            return Task.FromResult(totals);
        }
    }

    /// <inheritdoc />
    public Task<Page<MediaRecord>> GetUnattachedAsync(DateTimeOffset completedBefore, string? cursor, int limit)
    {
        Guard.Limit(limit, IMediaRepository.MaxSweepBatch);
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        var cutoff = DbTime.Normalize(completedBefore);
        HashSet<string> attached;
        lock (_posts.Gate)
        {
            attached = _posts.Posts.Values.Where(p => p.DeletedAt is null).SelectMany(p => p.Post.MediaIds).ToHashSet(StringComparer.Ordinal);
        }

        lock (_table.Gate)
        {
            return Task.FromResult(MemoryKeyset.Ascending(
                _table.Rows.Values.Where(m => m.Status == MediaStatus.Completed && m.CompletedAt < cutoff && !attached.Contains(m.Id)),
                m => m.CompletedAt!.Value,
                m => m.Id,
                after,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<MediaUsage> ComputeUsageAsync(string ownerId)
    {
        Guard.Id(ownerId, nameof(ownerId));
        lock (_table.Gate)
        {
            var own = _table.Rows.Values.Where(m => string.Equals(m.OwnerId, ownerId, StringComparison.Ordinal)).ToList();
            return Task.FromResult(new MediaUsage(
                own.Where(m => m.Status == MediaStatus.Completed).Sum(m => m.Size),
                own.Where(m => m.Status == MediaStatus.Pending).Sum(m => m.Size)));
        }
    }
}
