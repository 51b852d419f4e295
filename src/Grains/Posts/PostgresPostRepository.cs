using Npgsql;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>Posts in the <c>posts</c> table; visibility is decided in SQL against <c>follows</c>.</summary>
public sealed class PostgresPostRepository(DbRetry db, WriteBatcher batcher) : IPostRepository
{
    /// <inheritdoc />
    public async Task<bool> CreateAsync(NewPost post)
    {
        var row = PostChecks.Normalize(post);
        // Concurrent new posts share round trips and commits (see WriteBatcher): creation is the busiest write.
        return await batcher.ExecuteAsync(PostStatements.Create(row)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public Task<PostRecord?> GetAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        return db.QuerySingleAsync(PostStatements.Get(postId), Read);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PostRecord>> GetManyAsync(IReadOnlyCollection<string> postIds, string? readerId)
    {
        var ids = Guard.Ids(postIds, nameof(postIds));
        return ids.Length == 0 ? [] : await db.QueryAsync(PostStatements.GetMany(ids, readerId), Read).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<PostRecord?> UpdateAsync(string postId, string? content, PostVisibility? visibility, DateTimeOffset updatedAt)
    {
        Guard.Id(postId, nameof(postId));
        if (visibility is { } v)
        {
            Guard.Defined(v, nameof(visibility));
        }

        return db.QuerySingleAsync(PostStatements.Update(postId, content, visibility, updatedAt), Read, repeatable: false);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string postId, DateTimeOffset deletedAt)
    {
        Guard.Id(postId, nameof(postId));
        return await db.ExecuteAsync(PostStatements.Delete(postId, deletedAt)).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<Page<PostRecord>> GetByAuthorAsync(string authorId, string? readerId, string? cursor, int limit)
    {
        Guard.Id(authorId, nameof(authorId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(PostStatements.ByAuthor(authorId, readerId, before, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, CursorOf);
    }

    /// <inheritdoc />
    public async Task<Page<PostRecord>> GetNewestByAuthorsAsync(IReadOnlyCollection<string> authorIds, string readerId, string? cursor, int limit)
    {
        var authors = Guard.Ids(authorIds, nameof(authorIds), IPostRepository.MaxFeedAuthors);
        Guard.Id(readerId, nameof(readerId));
        Guard.Limit(limit, IPostRepository.MaxFeedBatch);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        if (authors.Length == 0)
        {
            return new Page<PostRecord>([], null);
        }

        var rows = await db.QueryAsync(PostStatements.NewestByAuthors(authors, readerId, before, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, CursorOf);
    }

    /// <inheritdoc />
    public async Task<Page<PostRecord>> GetDiscoverAsync(string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        var before = ScoreCursor.Parse(cursor);
        var rows = await db.QueryAsync(PostStatements.Discover(before, limit), r => (Post: Read(r), Score: r.GetDouble(11))).ConfigureAwait(false);
        var page = Pages.From(rows, limit, x => new ScoreCursor(x.Score, x.Post.Id).Encode());
        return new Page<PostRecord>([.. page.Items.Select(x => x.Post)], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<Page<PostRecord>> SearchAsync(string query, string? readerId, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(PostStatements.Search(query, readerId, before, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, CursorOf);
    }

    /// <inheritdoc />
    public async Task<int> CountByAuthorAsync(string authorId)
    {
        Guard.Id(authorId, nameof(authorId));
        return (int)await db.ScalarAsync<long>(PostStatements.CountByAuthor(authorId)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> IsMediaVisibleAsync(string authorId, string mediaId, string? readerId)
    {
        Guard.Id(authorId, nameof(authorId));
        Guard.Id(mediaId, nameof(mediaId));
        return db.ScalarAsync<bool>(PostStatements.MediaVisible(authorId, mediaId, readerId));
    }

    /// <inheritdoc />
    public Task<PostCounters?> RecountAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        return db.QuerySingleAsync(PostStatements.Recount(postId), r => new PostCounters(r.GetInt32(0), r.GetInt32(1)), repeatable: true);
    }

    private static string CursorOf(PostRecord post) => new TimeCursor(post.CreatedAt, post.Id).Encode();

    internal static PostRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        (PostType)reader.GetInt16(2),
        reader.GetString(3),
        reader.GetFieldValue<string[]>(4),
        (PostVisibility)reader.GetInt16(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        reader.GetInt32(8),
        reader.GetInt32(9),
        ReactionCountsOf(reader.GetFieldValue<int[]>(10)));

    /// <summary>The per-type counts of a <c>reaction_counts</c> array (index = type), without the zeros.</summary>
    internal static IReadOnlyDictionary<ReactionType, int> ReactionCountsOf(int[] counts)
    {
        var byType = new Dictionary<ReactionType, int>();
        for (var i = 0; i < counts.Length && i <= (int)ReactionType.Angry; i++)
        {
            if (counts[i] > 0)
            {
                byType[(ReactionType)i] = counts[i];
            }
        }

        return byType;
    }
}
