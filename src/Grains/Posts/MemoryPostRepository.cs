using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using Vrss.Grains.Moderation;
using Vrss.Grains.Social;

namespace Vrss.Grains.Posts;

/// <summary>Posts in memory, with the Postgres semantics (visibility reads the Memory follow and connection tables).</summary>
public sealed class MemoryPostRepository(MemoryDatabase database) : IPostRepository
{
    private readonly MemoryPostTables _tables = database.Table<MemoryPostTables>();
    private readonly MemoryFollowTable _follows = database.Table<MemoryFollowTable>();
    private readonly MemoryConnectionTables _connections = database.Table<MemoryConnectionTables>();
    private readonly MemoryModerationTables _moderation = database.Table<MemoryModerationTables>();

    /// <inheritdoc />
    public Task<bool> CreateAsync(NewPost post)
    {
        var row = PostChecks.Normalize(post);
        lock (_tables.Gate)
        {
            var record = new PostRecord(row.Id, row.AuthorId, row.Type, row.Content, row.MediaIds, row.Visibility, row.CreatedAt, null, 0, 0, new Dictionary<ReactionType, int>());
            return Task.FromResult(_tables.Add(record));
        }
    }

    /// <inheritdoc />
    public Task<PostRecord?> GetAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Alive(postId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PostRecord>> GetManyAsync(IReadOnlyCollection<string> postIds, string? readerId)
    {
        var ids = Guard.Ids(postIds, nameof(postIds));
        lock (_tables.Gate)
        {
            IReadOnlyList<PostRecord> posts = [.. Visible(ids.Select(_tables.Alive).OfType<PostRecord>().Where(p => NotHidden(p, readerId)), readerId).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal)];
            return Task.FromResult(posts);
        }
    }

    /// <inheritdoc />
    public Task<PostRecord?> UpdateAsync(string postId, string? content, PostVisibility? visibility, DateTimeOffset updatedAt)
    {
        Guard.Id(postId, nameof(postId));
        if (visibility is { } v)
        {
            Guard.Defined(v, nameof(visibility));
        }

        lock (_tables.Gate)
        {
            if (_tables.Alive(postId) is not { } post)
            {
                return Task.FromResult<PostRecord?>(null);
            }

            var updated = post with
            {
                Content = content ?? post.Content,
                Visibility = visibility ?? post.Visibility,
                UpdatedAt = DbTime.Normalize(updatedAt),
            };
            _tables.Posts[postId] = new StoredPost(updated, null);
            return Task.FromResult<PostRecord?>(updated);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string postId, DateTimeOffset deletedAt)
    {
        Guard.Id(postId, nameof(postId));
        lock (_tables.Gate)
        {
            if (_tables.Alive(postId) is not { } post)
            {
                return Task.FromResult(false);
            }

            _tables.Posts[postId] = new StoredPost(post, DbTime.Normalize(deletedAt));
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<Page<PostRecord>> GetByAuthorAsync(string authorId, string? readerId, string? cursor, int limit)
    {
        Guard.Id(authorId, nameof(authorId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_tables.Gate)
        {
            return Task.FromResult(string.Equals(authorId, readerId, StringComparison.Ordinal) || !_moderation.IsHidden(authorId)
                ? NewestVisible([authorId], readerId, before, limit)
                : new Page<PostRecord>([], null));
        }
    }

    /// <inheritdoc />
    public Task<Page<PostRecord>> GetNewestByAuthorsAsync(IReadOnlyCollection<string> authorIds, string readerId, string? cursor, int limit)
    {
        var authors = Guard.Ids(authorIds, nameof(authorIds), IPostRepository.MaxFeedAuthors).ToHashSet(StringComparer.Ordinal);
        Guard.Id(readerId, nameof(readerId));
        Guard.Limit(limit, IPostRepository.MaxFeedBatch);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_tables.Gate)
        {
            return Task.FromResult(NewestVisible(authors, readerId, before, limit));
        }
    }

    /// <inheritdoc />
    public Task<Page<PostRecord>> GetDiscoverAsync(string? cursor, int limit)
    {
        Guard.Limit(limit, PageLimit.Max);
        var before = ScoreCursor.Parse(cursor);
        lock (_tables.Gate)
        {
            var ranked = AlivePosts()
                .Where(p => p.Visibility == PostVisibility.Public && !_moderation.IsHiddenOrSilenced(p.AuthorId))
                .Select(p => (Post: p, Score: DiscoverScore.Of(p.CreatedAt, p.ReactionCount, p.CommentCount)))
                .Where(x => x.Score < before.Score || (x.Score == before.Score && string.CompareOrdinal(x.Post.Id, before.Id) < 0))
                .OrderByDescending(x => x.Score)
                .ThenByDescending(x => x.Post.Id, StringComparer.Ordinal)
                .Take(limit + 1)
                .ToList();
            var page = Pages.From(ranked, limit, x => new ScoreCursor(x.Score, x.Post.Id).Encode());
            return Task.FromResult(new Page<PostRecord>([.. page.Items.Select(x => x.Post)], page.NextCursor));
        }
    }

    /// <inheritdoc />
    public Task<Page<PostRecord>> SearchAsync(string query, string? readerId, string? cursor, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var words = SearchText.Words(query);
        lock (_tables.Gate)
        {
            var matches = words.Count == 0 ? [] : AlivePosts().Where(p => words.IsSubsetOf(SearchText.Words(p.Content)))
                .Where(p => string.Equals(p.AuthorId, readerId, StringComparison.Ordinal) || !_moderation.IsHiddenOrSilenced(p.AuthorId));
            return Task.FromResult(MemoryKeyset.Descending(Visible(matches, readerId), p => p.CreatedAt, p => p.Id, before, limit));
        }
    }

    /// <inheritdoc />
    public Task<int> CountByAuthorAsync(string authorId)
    {
        Guard.Id(authorId, nameof(authorId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.OfAuthorBefore(authorId, TimeCursor.Newest).Count(s => s.DeletedAt is null));
        }
    }

    /// <inheritdoc />
    public Task<bool> IsMediaVisibleAsync(string authorId, string mediaId, string? readerId)
    {
        Guard.Id(authorId, nameof(authorId));
        Guard.Id(mediaId, nameof(mediaId));
        lock (_tables.Gate)
        {
            var attaching = _tables.OfAuthorBefore(authorId, TimeCursor.Newest)
                .Where(s => s.DeletedAt is null && s.Post.MediaIds.Contains(mediaId, StringComparer.Ordinal))
                .Select(s => s.Post);
            return Task.FromResult(Visible(attaching, readerId, take: 1).Count > 0);
        }
    }

    /// <inheritdoc />
    public Task<PostCounters?> RecountAsync(string postId)
    {
        Guard.Id(postId, nameof(postId));
        lock (_tables.Gate)
        {
            if (!_tables.Posts.TryGetValue(postId, out var stored))
            {
                return Task.FromResult<PostCounters?>(null);
            }

            var counters = new PostCounters(
                _tables.Comments.Values.Count(c => string.Equals(c.PostId, postId, StringComparison.Ordinal)),
                _tables.Reactions.Keys.Count(k => string.Equals(k.PostId, postId, StringComparison.Ordinal)));
            IReadOnlyDictionary<ReactionType, int> byType = _tables.Reactions
                .Where(r => string.Equals(r.Key.PostId, postId, StringComparison.Ordinal))
                .GroupBy(r => r.Value)
                .ToDictionary(g => g.Key, g => g.Count());
            _tables.Posts[postId] = stored with
            {
                Post = stored.Post with { CommentCount = counters.CommentCount, ReactionCount = counters.ReactionCount, ReactionCounts = byType },
            };
            return Task.FromResult<PostCounters?>(counters);
        }
    }

    // A top-N per author through the author index, then a merge, as the Postgres query does.
    private Page<PostRecord> NewestVisible(IReadOnlyCollection<string> authorIds, string? readerId, TimeCursor before, int limit)
    {
        var candidates = new List<PostRecord>();
        foreach (var authorId in authorIds)
        {
            var newest = _tables.OfAuthorBefore(authorId, before).Where(s => s.DeletedAt is null).Select(s => s.Post);
            candidates.AddRange(Visible(newest, readerId, limit + 1));
        }

        return MemoryKeyset.Descending(candidates, p => p.CreatedAt, p => p.Id, before, limit);
    }

    // The moderation gate is taken last and alone (see MemoryModerationTables).
    private bool NotHidden(PostRecord post, string? readerId) =>
        string.Equals(post.AuthorId, readerId, StringComparison.Ordinal) || !_moderation.IsHidden(post.AuthorId);

    private IEnumerable<PostRecord> AlivePosts() => _tables.Posts.Values.Where(s => s.DeletedAt is null).Select(s => s.Post);

    // The caller holds the posts gate; the follow gate comes second and the connection gate third (see MemoryPostTables).
    private List<PostRecord> Visible(IEnumerable<PostRecord> posts, string? readerId, int take = int.MaxValue)
    {
        lock (_follows.Gate)
        {
            lock (_connections.Gate)
            {
                return [.. posts.Where(p => PostAudience.CanSee(
                    p.Visibility,
                    p.AuthorId,
                    readerId,
                    readerId is not null && _follows.Contains(readerId, p.AuthorId),
                    readerId is not null && _connections.Connected(readerId, p.AuthorId))).Take(take)];
            }
        }
    }
}
