using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Posts;

/// <summary>The SQL of <see cref="PostgresCommentRepository"/> (schema: deploy/sql/0021_comments.sql, 0121_comment_edits.sql).</summary>
internal static class CommentStatements
{
    public const string Columns = "id, post_id, author_id, content, created_at, edited_at";

    // Insert and count in one statement, so the counter can never drift from the rows. The insert only
    // happens for a live post; a taken id inserts nothing and counts nothing. The final SELECT runs on the
    // statement's snapshot, so it tells "no such post" apart from "id taken".
    public const string AddSql = """
        WITH added AS (
            INSERT INTO comments (id, post_id, author_id, content, created_at)
            SELECT @id, p.id, @author, @content, @at FROM posts p WHERE p.id = @post AND p.deleted_at IS NULL
            ON CONFLICT (id) DO NOTHING
            RETURNING post_id
        ), counted AS (
            UPDATE posts SET comment_count = comment_count + 1
            WHERE id = @post AND EXISTS (SELECT 1 FROM added)
        )
        SELECT EXISTS (SELECT 1 FROM posts WHERE id = @post AND deleted_at IS NULL), EXISTS (SELECT 1 FROM added)
        """;

    public const string GetSql = $"""
        SELECT {Columns} FROM comments WHERE id = @id
        """;

    public const string DeleteSql = $"""
        WITH removed AS (
            DELETE FROM comments WHERE id = @id RETURNING {Columns}
        ), counted AS (
            UPDATE posts SET comment_count = comment_count - 1
            WHERE id = (SELECT post_id FROM removed)
        )
        SELECT {Columns} FROM removed
        """;

    // Only the author's own comment changes; the count is untouched.
    public const string UpdateSql = $"""
        UPDATE comments SET content = @content, edited_at = @at
        WHERE id = @id AND author_id = @author
        RETURNING {Columns}
        """;

    public const string ByPostSql = $"""
        SELECT {Columns} FROM comments
        WHERE post_id = @post AND (created_at, id) > (@after_at, @after_id)
        ORDER BY created_at, id
        LIMIT @limit
        """;

    public const string CountSql = """
        SELECT count(*) FROM comments WHERE post_id = @post
        """;

    public static SqlStatement Add(CommentRecord comment) =>
        new(AddSql, Text("id", comment.Id), Text("post", comment.PostId), Text("author", comment.AuthorId), Text("content", comment.Content), Time("at", comment.CreatedAt));

    public static SqlStatement Get(string commentId) => new(GetSql, Text("id", commentId));

    public static SqlStatement Delete(string commentId) => new(DeleteSql, Text("id", commentId));

    public static SqlStatement Update(string commentId, string authorId, string content, DateTimeOffset at) =>
        new(UpdateSql, Text("id", commentId), Text("author", authorId), Text("content", content), Time("at", at));

    public static SqlStatement ByPost(string postId, TimeCursor after, int limit) =>
        new(ByPostSql, Text("post", postId), Time("after_at", after.At), Text("after_id", after.Id), Integer("limit", limit + 1));

    public static SqlStatement Count(string postId) => new(CountSql, Text("post", postId));
}
