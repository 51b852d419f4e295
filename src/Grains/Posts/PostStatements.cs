using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Posts;

/// <summary>The SQL of <see cref="PostgresPostRepository"/> (schema: deploy/sql/0020_posts.sql).</summary>
internal static class PostStatements
{
    public const string Columns = "p.id, p.author_id, p.type, p.content, p.media_ids, p.visibility, p.created_at, p.updated_at, p.comment_count, p.reaction_count, p.reaction_counts";

    // PostAudience in SQL: public, or the reader's own, or followers-only and the reader follows the author, or
    // connections-only and the two are connected. With a null reader only the first branch can hold.
    public const string VisibleToReader = """
        (p.visibility = 0
         OR p.author_id = @reader
         OR (p.visibility = 1 AND EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = @reader AND f.followee_id = p.author_id))
         OR (p.visibility = 3 AND EXISTS (SELECT 1 FROM connections c WHERE c.user_id = @reader AND c.peer_id = p.author_id)))
        """;

    // Hidden authors (HiddenReasons): a suspended author's posts (deploy/sql/0090_account_standing.sql) and those of an
    // account waiting for its purge (users.purge_at, deploy/sql/0130_users_pending_deletion.sql) are hidden from everyone
    // but the author; a silenced author's also leave discovery and search. Each is a probe of a partial index that holds
    // only the few accounts concerned.
    public const string AuthorNotHidden = """
        NOT EXISTS (SELECT 1 FROM account_standing s WHERE s.user_id = p.author_id AND s.suspended_at IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM users u WHERE (u.id COLLATE "C") = p.author_id AND u.purge_at IS NOT NULL)
        """;

    public const string AuthorNotRestricted = """
        NOT EXISTS (SELECT 1 FROM account_standing s WHERE s.user_id = p.author_id
                    AND (s.suspended_at IS NOT NULL OR s.silenced_at IS NOT NULL))
        AND NOT EXISTS (SELECT 1 FROM users u WHERE (u.id COLLATE "C") = p.author_id AND u.purge_at IS NOT NULL)
        """;

    public const string CreateSql = """
        INSERT INTO posts (id, author_id, type, content, media_ids, visibility, created_at)
        VALUES (@id, @author, @type, @content, @media_ids, @visibility, @at)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string GetSql = $"""
        SELECT {Columns} FROM posts p WHERE p.id = @id AND p.deleted_at IS NULL
        """;

    public const string GetManySql = $"""
        SELECT {Columns} FROM posts p
        WHERE p.id = ANY (@ids) AND p.deleted_at IS NULL AND {VisibleToReader}
          AND (p.author_id = @reader OR ({AuthorNotHidden}))
        ORDER BY p.created_at DESC, p.id DESC
        """;

    public const string UpdateSql = $"""
        UPDATE posts p
        SET content = coalesce(@content, p.content), visibility = coalesce(@visibility, p.visibility), updated_at = @at
        WHERE p.id = @id AND p.deleted_at IS NULL
        RETURNING {Columns}
        """;

    public const string DeleteSql = """
        UPDATE posts SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL
        """;

    // The reader's relationship to the one author is computed once (init plans), then compared per row.
    public const string ByAuthorSql = $"""
        SELECT {Columns} FROM posts p
        WHERE p.author_id = @author AND p.deleted_at IS NULL
          AND (p.visibility = 0
               OR @author = @reader
               OR (p.visibility = 1 AND EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = @reader AND f.followee_id = @author))
               OR (p.visibility = 3 AND EXISTS (SELECT 1 FROM connections c WHERE c.user_id = @reader AND c.peer_id = @author)))
          AND (@author = @reader OR ({AuthorNotHidden}))
          AND (p.created_at, p.id) < (@before_at, @before_id)
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT @limit
        """;

    // A top-N per author through the author index, then a merge: cost grows with the number of authors times
    // the page size, never with the size of the table or the authors' history. Hidden authors are not left out here:
    // the feed keeps their posts in its timeline and hides them at read time (HiddenAuthors), so they come back.
    public const string NewestByAuthorsSql = $"""
        SELECT {Columns}
        FROM unnest(@authors) AS a (author_id)
        CROSS JOIN LATERAL (
            SELECT a.author_id = @reader AS own,
                   EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = @reader AND f.followee_id = a.author_id) AS follower,
                   EXISTS (SELECT 1 FROM connections c WHERE c.user_id = @reader AND c.peer_id = a.author_id) AS connected
        ) AS r
        CROSS JOIN LATERAL (
            SELECT {Columns} FROM posts p
            WHERE p.author_id = a.author_id AND p.deleted_at IS NULL
              AND (p.visibility = 0 OR r.own OR (p.visibility = 1 AND r.follower) OR (p.visibility = 3 AND r.connected))
              AND (p.created_at, p.id) < (@before_at, @before_id)
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT @limit
        ) AS p
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT @limit
        """;

    public const string DiscoverSql = $"""
        SELECT {Columns}, p.discover_score FROM posts p
        WHERE p.visibility = 0 AND p.deleted_at IS NULL AND (p.discover_score, p.id) < (@before_score, @before_id)
          AND ({AuthorNotRestricted})
        ORDER BY p.discover_score DESC, p.id DESC
        LIMIT @limit
        """;

    public const string SearchSql = $"""
        SELECT {Columns} FROM posts p
        WHERE p.search_vector @@ websearch_to_tsquery('simple', @query) AND p.deleted_at IS NULL
          AND {VisibleToReader}
          AND (p.author_id = @reader OR ({AuthorNotRestricted}))
          AND (p.created_at, p.id) < (@before_at, @before_id)
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT @limit
        """;

    public const string MediaVisibleSql = $"""
        SELECT EXISTS (
            SELECT 1 FROM posts p
            WHERE p.author_id = @author AND p.media_ids @> ARRAY[@media]::text[] AND p.deleted_at IS NULL
              AND {VisibleToReader})
        """;

    public const string CountByAuthorSql = """
        SELECT count(*) FROM posts WHERE author_id = @author AND deleted_at IS NULL
        """;

    public const string RecountSql = """
        UPDATE posts p
        SET comment_count = (SELECT count(*) FROM comments c WHERE c.post_id = p.id),
            reaction_count = (SELECT count(*) FROM reactions r WHERE r.post_id = p.id),
            reaction_counts = ARRAY(
                SELECT (SELECT count(*) FROM reactions r WHERE r.post_id = p.id AND r.type = t)::integer
                FROM generate_series(0, 5) AS t ORDER BY t)
        WHERE p.id = @id
        RETURNING p.comment_count, p.reaction_count
        """;

    public static SqlStatement Create(NewPost post) =>
        new(
            CreateSql,
            Text("id", post.Id),
            Text("author", post.AuthorId),
            SmallInt("type", (short)post.Type),
            Text("content", post.Content),
            TextArray("media_ids", post.MediaIds),
            SmallInt("visibility", (short)post.Visibility),
            Time("at", post.CreatedAt));

    public static SqlStatement Get(string postId) => new(GetSql, Text("id", postId));

    public static SqlStatement GetMany(IReadOnlyCollection<string> postIds, string? readerId) =>
        new(GetManySql, TextArray("ids", postIds), Text("reader", readerId));

    public static SqlStatement Update(string postId, string? content, PostVisibility? visibility, DateTimeOffset at) =>
        new(UpdateSql, Text("id", postId), Text("content", content), SmallInt("visibility", (short?)visibility), Time("at", at));

    public static SqlStatement Delete(string postId, DateTimeOffset at) => new(DeleteSql, Text("id", postId), Time("at", at));

    public static SqlStatement ByAuthor(string authorId, string? readerId, TimeCursor before, int limit) =>
        new(ByAuthorSql, Text("author", authorId), Text("reader", readerId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement NewestByAuthors(IReadOnlyCollection<string> authorIds, string readerId, TimeCursor before, int limit) =>
        new(NewestByAuthorsSql, TextArray("authors", authorIds), Text("reader", readerId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Discover(ScoreCursor before, int limit) =>
        new(DiscoverSql, Double("before_score", before.Score), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Search(string query, string? readerId, TimeCursor before, int limit) =>
        new(SearchSql, Text("query", query), Text("reader", readerId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement CountByAuthor(string authorId) => new(CountByAuthorSql, Text("author", authorId));

    public static SqlStatement MediaVisible(string authorId, string mediaId, string? readerId) =>
        new(MediaVisibleSql, Text("author", authorId), Text("media", mediaId), Text("reader", readerId));

    public static SqlStatement Recount(string postId) => new(RecountSql, Text("id", postId));
}
