using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Media;

/// <summary>The SQL of <see cref="PostgresMediaRepository"/> (schema: deploy/sql/0025_media.sql).</summary>
internal static class MediaStatements
{
    public const string Columns = "id, owner_id, filename, content_type, kind, size, storage_key, status, created_at, expires_at, completed_at";

    public const string CreateSql = """
        INSERT INTO media (id, owner_id, filename, content_type, kind, size, storage_key, status, created_at, expires_at, completed_at)
        VALUES (@id, @owner, @filename, @content_type, @kind, @size, @storage_key, @status, @created_at, @expires_at, @completed_at)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string GetSql = $"""
        SELECT {Columns} FROM media WHERE id = @id
        """;

    public const string GetManySql = $"""
        SELECT {Columns} FROM media WHERE id = ANY (@ids) ORDER BY id
        """;

    // The status condition makes the transition atomic: of a completion and an expiry racing, one matches.
    public const string TransitionSql = $"""
        UPDATE media
        SET status = @to, completed_at = CASE WHEN @to = 1 THEN @at ELSE completed_at END
        WHERE id = @id AND status = @from
        RETURNING {Columns}
        """;

    public const string DeleteSql = $"""
        DELETE FROM media WHERE id = @id RETURNING {Columns}
        """;

    public const string ExpiredPendingSql = $"""
        SELECT {Columns} FROM media
        WHERE status = 0 AND expires_at <= @now AND (expires_at, id) > (@after_at, @after_id)
        ORDER BY expires_at, id
        LIMIT @limit
        """;

    public const string UsageSql = """
        SELECT coalesce(sum(size) FILTER (WHERE status = 1), 0)::bigint,
               coalesce(sum(size) FILTER (WHERE status = 0), 0)::bigint
        FROM media
        WHERE owner_id = @owner AND status IN (0, 1)
        """;

    // Operators ask this of the whole table (deploy/sql/0140). One index-only probe of media_status_idx per status (a GROUP BY over the table would read it whole); statuses
    // with no files are left out, as a GROUP BY would.
    public const string TotalsSql = """
        SELECT s.status, t.files, t.bytes
        FROM (VALUES (0::smallint), (1::smallint), (2::smallint), (3::smallint)) AS s (status)
        CROSS JOIN LATERAL (
            SELECT count(*)::bigint AS files, coalesce(sum(m.size), 0)::bigint AS bytes FROM media m WHERE m.status = s.status
        ) AS t
        WHERE t.files > 0
        ORDER BY s.status
        """;

    // The orphan scan's candidates: completed uploads in completion order, a keyset page over media_completed_idx.
    public const string CompletedSql = $"""
        SELECT {Columns} FROM media
        WHERE status = 1 AND completed_at < @before AND (completed_at, id) > (@after_at, @after_id)
        ORDER BY completed_at, id
        LIMIT @limit
        """;

    // Which of a batch of candidates an undeleted post attaches, over posts_media_idx. A separate statement on
    // purpose: with the ids as a parameter the GIN index answers; correlated to the media table in one statement
    // (NOT EXISTS, a LATERAL probe), PostgreSQL 15 plans no GIN path for ARRAY[m.id] and reads every post per candidate.
    public const string AttachedAmongSql = """
        SELECT DISTINCT a.id
        FROM posts p CROSS JOIN LATERAL unnest(p.media_ids) AS a (id)
        WHERE p.media_ids && @ids AND p.deleted_at IS NULL AND a.id = ANY (@ids)
        """;

    public static SqlStatement Create(MediaRecord media) =>
        new(
            CreateSql,
            Text("id", media.Id),
            Text("owner", media.OwnerId),
            Text("filename", media.Filename),
            Text("content_type", media.ContentType),
            SmallInt("kind", (short)media.Kind),
            BigInt("size", media.Size),
            Text("storage_key", media.StorageKey),
            SmallInt("status", (short)media.Status),
            Time("created_at", media.CreatedAt),
            Time("expires_at", media.ExpiresAt),
            Time("completed_at", media.CompletedAt));

    public static SqlStatement Get(string mediaId) => new(GetSql, Text("id", mediaId));

    public static SqlStatement GetMany(IReadOnlyCollection<string> mediaIds) => new(GetManySql, TextArray("ids", mediaIds));

    public static SqlStatement Transition(string mediaId, MediaStatus from, MediaStatus to, DateTimeOffset at) =>
        new(TransitionSql, Text("id", mediaId), SmallInt("from", (short)from), SmallInt("to", (short)to), Time("at", at));

    public static SqlStatement Delete(string mediaId) => new(DeleteSql, Text("id", mediaId));

    public static SqlStatement ExpiredPending(DateTimeOffset now, TimeCursor after, int limit) =>
        new(ExpiredPendingSql, Time("now", now), Time("after_at", after.At), Text("after_id", after.Id), Integer("limit", limit + 1));

    public static SqlStatement Totals() => new(TotalsSql);

    public static SqlStatement Completed(DateTimeOffset before, TimeCursor after, int limit) =>
        new(CompletedSql, Time("before", before), Time("after_at", after.At), Text("after_id", after.Id), Integer("limit", limit));

    public static SqlStatement AttachedAmong(IReadOnlyCollection<string> mediaIds) => new(AttachedAmongSql, TextArray("ids", mediaIds));

    public static SqlStatement Usage(string ownerId) => new(UsageSql, Text("owner", ownerId));
}
