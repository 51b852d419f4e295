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

    // Index-only over media_status_idx (deploy/sql/0140): operators ask this of the whole table.
    public const string TotalsSql = """
        SELECT status, count(*)::bigint, coalesce(sum(size), 0)::bigint
        FROM media
        WHERE status IN (0, 1, 2, 3)
        GROUP BY status
        ORDER BY status
        """;

    // Keyset over media_completed_idx; each candidate is probed against posts_media_idx.
    public const string UnattachedSql = $"""
        SELECT {Columns} FROM media m
        WHERE m.status = 1 AND m.completed_at < @before AND (m.completed_at, m.id) > (@after_at, @after_id)
          AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.media_ids @> ARRAY[m.id]::text[] AND p.deleted_at IS NULL)
        ORDER BY m.completed_at, m.id
        LIMIT @limit
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

    public static SqlStatement Unattached(DateTimeOffset before, TimeCursor after, int limit) =>
        new(UnattachedSql, Time("before", before), Time("after_at", after.At), Text("after_id", after.Id), Integer("limit", limit + 1));

    public static SqlStatement Usage(string ownerId) => new(UsageSql, Text("owner", ownerId));
}
