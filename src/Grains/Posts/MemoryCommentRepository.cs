using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>Comments in memory, with the Postgres semantics.</summary>
public sealed class MemoryCommentRepository(MemoryDatabase database) : ICommentRepository
{
    private readonly MemoryPostTables _tables = database.Table<MemoryPostTables>();

    /// <inheritdoc />
    public Task<bool> AddAsync(CommentRecord comment)
    {
        var row = PostChecks.Normalize(comment);
        lock (_tables.Gate)
        {
            if (_tables.Alive(row.PostId) is null)
            {
                throw PostChecks.PostNotFound();
            }

            if (!_tables.Comments.TryAdd(row.Id, row))
            {
                return Task.FromResult(false);
            }

            _tables.CountComments(row.PostId, 1);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<CommentRecord?> GetAsync(string commentId)
    {
        Guard.Id(commentId, nameof(commentId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Comments.GetValueOrDefault(commentId));
        }
    }

    /// <inheritdoc />
    public Task<CommentRecord?> DeleteAsync(string commentId)
    {
        Guard.Id(commentId, nameof(commentId));
        lock (_tables.Gate)
        {
            if (!_tables.Comments.Remove(commentId, out var removed))
            {
                return Task.FromResult<CommentRecord?>(null);
            }

            _tables.CountComments(removed.PostId, -1);
            return Task.FromResult<CommentRecord?>(removed);
        }
    }

    /// <inheritdoc />
    public Task<CommentRecord?> UpdateAsync(string commentId, string authorId, string content, DateTimeOffset editedAt)
    {
        Guard.Id(commentId, nameof(commentId));
        Guard.Id(authorId, nameof(authorId));
        ArgumentNullException.ThrowIfNull(content);
        lock (_tables.Gate)
        {
            if (!_tables.Comments.TryGetValue(commentId, out var comment) || !string.Equals(comment.AuthorId, authorId, StringComparison.Ordinal))
            {
                return Task.FromResult<CommentRecord?>(null);
            }

            var edited = comment with { Content = content, EditedAt = DbTime.Normalize(editedAt) };
            _tables.Comments[commentId] = edited;
            return Task.FromResult<CommentRecord?>(edited);
        }
    }

    /// <inheritdoc />
    public Task<Page<CommentRecord>> GetByPostAsync(string postId, string? cursor, int limit)
    {
        Guard.Id(postId, nameof(postId));
        Guard.Limit(limit, PageLimit.Max);
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        lock (_tables.Gate)
        {
            return Task.FromResult(MemoryKeyset.Ascending(
                _tables.Comments.Values.Where(c => string.Equals(c.PostId, postId, StringComparison.Ordinal)),
                c => c.CreatedAt,
                c => c.Id,
                after,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<int> CountAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Comments.Values.Count(c => string.Equals(c.PostId, postId, StringComparison.Ordinal)));
        }
    }
}
