using Npgsql;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Media;

/// <summary>Media records in the <c>media</c> table.</summary>
public sealed class PostgresMediaRepository(DbRetry db) : IMediaRepository
{
    // Candidates checked against the posts per query: the GIN index's estimated cost grows with every id looked up, and
    // past a few hundred PostgreSQL prefers reading every post (measured at 100,000 posts; QueryPlanTests checks 100).
    private const int OrphanProbeBatch = 100;

    /// <inheritdoc />
    public async Task<bool> CreateAsync(MediaRecord media)
    {
        var row = MediaChecks.Normalize(media);
        return await db.ExecuteAsync(MediaStatements.Create(row)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<MediaRecord?> GetAsync(string mediaId)
    {
        Guard.Id(mediaId, nameof(mediaId));
        return db.QuerySingleAsync(MediaStatements.Get(mediaId), Read);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MediaRecord>> GetManyAsync(IReadOnlyCollection<string> mediaIds)
    {
        var ids = Guard.Ids(mediaIds, nameof(mediaIds));
        return ids.Length == 0 ? [] : await db.QueryAsync(MediaStatements.GetMany(ids), Read).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<MediaRecord?> TransitionAsync(string mediaId, MediaStatus from, MediaStatus to, DateTimeOffset at)
    {
        Guard.Id(mediaId, nameof(mediaId));
        Guard.Defined(from, nameof(from));
        Guard.Defined(to, nameof(to));
        return db.QuerySingleAsync(MediaStatements.Transition(mediaId, from, to, at), Read, repeatable: false);
    }

    /// <inheritdoc />
    public Task<MediaRecord?> DeleteAsync(string mediaId)
    {
        Guard.Id(mediaId, nameof(mediaId));
        return db.QuerySingleAsync(MediaStatements.Delete(mediaId), Read, repeatable: false);
    }

    /// <inheritdoc />
    public async Task<Page<MediaRecord>> GetExpiredPendingAsync(DateTimeOffset now, string? cursor, int limit)
    {
        Guard.Limit(limit, IMediaRepository.MaxSweepBatch);
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        var rows = await db.QueryAsync(MediaStatements.ExpiredPending(now, after, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, m => new TimeCursor(m.ExpiresAt, m.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(MediaStatus Status, long Files, long Bytes)>> GetTotalsAsync() =>
        await db.QueryAsync(MediaStatements.Totals(), r => ((MediaStatus)r.GetInt16(0), r.GetInt64(1), r.GetInt64(2))).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<Page<MediaRecord>> GetUnattachedAsync(DateTimeOffset completedBefore, string? cursor, int limit)
    {
        Guard.Limit(limit, IMediaRepository.MaxSweepBatch);
        var position = TimeCursor.Parse(cursor, TimeCursor.Oldest);

        // Candidates in completion order, a batch at a time, each batch checked against the posts in one query, until
        // one more orphan than the page holds is found (so the page knows it has a next one) or the candidates end.
        var orphans = new List<MediaRecord>(limit + 1);
        while (orphans.Count <= limit)
        {
            var batch = await db.QueryAsync(MediaStatements.Completed(completedBefore, position, OrphanProbeBatch), Read).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(m => m.Id).ToList();
            var attached = (await db.QueryAsync(MediaStatements.AttachedAmong(ids), r => r.GetString(0)).ConfigureAwait(false))
                .ToHashSet(StringComparer.Ordinal);
            orphans.AddRange(batch.Where(m => !attached.Contains(m.Id)));
            if (batch.Count < OrphanProbeBatch)
            {
                break;
            }

            position = new TimeCursor(batch[^1].CompletedAt!.Value, batch[^1].Id);
        }

        return Pages.From(orphans.Take(limit + 1).ToList(), limit, m => new TimeCursor(m.CompletedAt!.Value, m.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<MediaUsage> ComputeUsageAsync(string ownerId)
    {
        Guard.Id(ownerId, nameof(ownerId));
        var usage = await db.QuerySingleAsync(MediaStatements.Usage(ownerId), r => new MediaUsage(r.GetInt64(0), r.GetInt64(1))).ConfigureAwait(false);
        return usage!;
    }

    private static MediaRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        (MediaKind)reader.GetInt16(4),
        reader.GetInt64(5),
        reader.GetString(6),
        (MediaStatus)reader.GetInt16(7),
        reader.GetFieldValue<DateTimeOffset>(8),
        reader.GetFieldValue<DateTimeOffset>(9),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10));
}
