using Npgsql;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>Comments in the <c>comments</c> table; each change updates <c>posts.comment_count</c> in the same statement.</summary>
public sealed class PostgresCommentRepository(DbRetry db) : ICommentRepository
{
    /// <inheritdoc />
    public async Task<bool> AddAsync(CommentRecord comment)
    {
        var row = PostChecks.Normalize(comment);
        var (postAlive, added) = await db.QuerySingleAsync(
            CommentStatements.Add(row), r => (r.GetBoolean(0), r.GetBoolean(1)), repeatable: false).ConfigureAwait(false);
        return postAlive ? added : throw PostChecks.PostNotFound();
    }

    /// <inheritdoc />
    public Task<CommentRecord?> GetAsync(string commentId)
    {
        Guard.Id(commentId, nameof(commentId));
        return db.QuerySingleAsync(CommentStatements.Get(commentId), Read);
    }

    /// <inheritdoc />
    public Task<CommentRecord?> DeleteAsync(string commentId)
    {
        Guard.Id(commentId, nameof(commentId));
        return db.QuerySingleAsync(CommentStatements.Delete(commentId), Read, repeatable: false);
    }

    /// <inheritdoc />
    public Task<CommentRecord?> UpdateAsync(string commentId, string authorId, string content, DateTimeOffset editedAt)
    {
        Guard.Id(commentId, nameof(commentId));
        Guard.Id(authorId, nameof(authorId));
        ArgumentNullException.ThrowIfNull(content);
        return db.QuerySingleAsync(CommentStatements.Update(commentId, authorId, content, DbTime.Normalize(editedAt)), Read, repeatable: false);
    }

    /// <inheritdoc />
    public async Task<Page<CommentRecord>> GetByPostAsync(string postId, string? cursor, int limit)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Limit(limit, PageLimit.Max);
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        var rows = await db.QueryAsync(CommentStatements.ByPost(postId, after, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, c => new TimeCursor(c.CreatedAt, c.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        return (int)await db.ScalarAsync<long>(CommentStatements.Count(postId)).ConfigureAwait(false);
    }

    private static CommentRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5));
}
