using Vrss.Grains.Data;
using Vrss.Grains.Media;
using Vrss.Grains.Moderation;
using Vrss.Grains.Notifications;
using Vrss.Grains.Posts;
using Vrss.Grains.Reports;
using Vrss.Grains.Social;

namespace Vrss.Grains.Accounts;

/// <summary>
/// <see cref="IAccountDataRepository"/> over the Memory repositories' tables. Sessions, tokens, the email outbox and
/// idempotency answers of the Memory provider are process memory the purge does not reach; they expire by themselves.
/// </summary>
public sealed class MemoryAccountDataRepository(MemoryDatabase database) : IAccountDataRepository
{
    private readonly MemoryPostTables _posts = database.Table<MemoryPostTables>();
    private readonly MemoryFollowTable _follows = database.Table<MemoryFollowTable>();
    private readonly MemoryConnectionTables _connections = database.Table<MemoryConnectionTables>();
    private readonly MemoryNotificationTable _notifications = database.Table<MemoryNotificationTable>();
    private readonly MemoryMediaTable _media = database.Table<MemoryMediaTable>();
    private readonly MemoryAccountTables _accounts = database.Table<MemoryAccountTables>();
    private readonly MemoryReportTable _reports = database.Table<MemoryReportTable>();
    private readonly MemoryModerationTables _moderation = database.Table<MemoryModerationTables>();

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListPostIdsAsync(string userId)
    {
        lock (_posts.Gate)
        {
            IReadOnlyList<string> ids = [.. _posts.Posts.Values.Where(p => p.Post.AuthorId == userId && p.DeletedAt is null).Select(p => p.Post.Id)];
            return Task.FromResult(ids);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentRef>> ListCommentsOnOthersAsync(string userId)
    {
        lock (_posts.Gate)
        {
            IReadOnlyList<CommentRef> found = [.. _posts.Comments.Values
                .Where(c => c.AuthorId == userId && _posts.Posts.TryGetValue(c.PostId, out var post) && post.Post.AuthorId != userId)
                .Select(c => new CommentRef(c.Id, c.PostId))];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReactionRef>> ListReactionsAsync(string userId)
    {
        lock (_posts.Gate)
        {
            IReadOnlyList<ReactionRef> found = [.. _posts.Reactions.Where(r => r.Key.UserId == userId).Select(r => new ReactionRef(r.Key.PostId, r.Value))];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommentRecord>> ListCommentsAsync(string userId)
    {
        lock (_posts.Gate)
        {
            IReadOnlyList<CommentRecord> found = [.. _posts.Comments.Values
                .Where(c => c.AuthorId == userId)
                .OrderBy(c => c.CreatedAt)
                .ThenBy(c => c.Id, StringComparer.Ordinal)];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MentionRef>> ListPostsMentioningAsync(string userId, string username)
    {
        lock (_posts.Gate)
        {
            IReadOnlyList<MentionRef> found = [.. _posts.Posts.Values
                .Where(p => p.DeletedAt is null && p.Post.AuthorId != userId && p.Post.Content.Contains("@" + username, StringComparison.OrdinalIgnoreCase))
                .Select(p => new MentionRef(p.Post.Id, p.Post.AuthorId, p.Post.Content))];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MentionRef>> ListCommentsMentioningAsync(string userId, string username)
    {
        lock (_posts.Gate)
        {
            IReadOnlyList<MentionRef> found = [.. _posts.Comments.Values
                .Where(c => c.AuthorId != userId && c.Content.Contains("@" + username, StringComparison.OrdinalIgnoreCase))
                .Select(c => new MentionRef(c.Id, c.AuthorId, c.Content))];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<bool> SetCommentContentAsync(string commentId, string content)
    {
        lock (_posts.Gate)
        {
            if (!_posts.Comments.TryGetValue(commentId, out var comment))
            {
                return Task.FromResult(false);
            }

            _posts.Comments[commentId] = comment with { Content = content };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListMediaKeysAsync(string userId)
    {
        lock (_media.Gate)
        {
            IReadOnlyList<string> keys = [.. _media.Rows.Values.Where(m => m.OwnerId == userId).Select(m => m.StorageKey)];
            return Task.FromResult(keys);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListEmailChangeAddressesAsync(string userId)
    {
        lock (_accounts.Gate)
        {
            IReadOnlyList<string> addresses = [.. _accounts.EmailChanges.Values.Where(c => c.UserId == userId).Select(c => c.NewEmail.ToLowerInvariant()).Distinct()];
            return Task.FromResult(addresses);
        }
    }

    /// <inheritdoc />
    public Task PurgeRowsAsync(PurgeTarget target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = target.UserId;
        lock (_posts.Gate)
        {
            var ownPosts = _posts.Posts.Values.Where(p => p.Post.AuthorId == id).Select(p => p.Post.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var key in _posts.Reactions.Keys.Where(k => k.UserId == id || ownPosts.Contains(k.PostId)).ToList())
            {
                _posts.Reactions.Remove(key);
            }

            foreach (var comment in _posts.Comments.Values.Where(c => c.AuthorId == id || ownPosts.Contains(c.PostId)).ToList())
            {
                _posts.Comments.Remove(comment.Id);
            }

            ownPosts.ToList().ForEach(postId => _posts.Posts.Remove(postId));
            _posts.ByAuthor.Remove(id);
        }

        lock (_follows.Gate)
        {
            foreach (var index in new[] { _follows.ByFollower, _follows.ByFollowee, _follows.RequestsByTarget })
            {
                index.Remove(id);
                foreach (var edges in index.Values)
                {
                    edges.Remove(id);
                }
            }
        }

        lock (_connections.Gate)
        {
            foreach (var request in _connections.Requests.Values.Where(r => r.FromUserId == id || r.ToUserId == id).ToList())
            {
                _connections.Requests.Remove(request.Id);
            }

            foreach (var pair in _connections.PendingByPair.Keys.Where(p => p.Low == id || p.High == id).ToList())
            {
                _connections.PendingByPair.Remove(pair);
            }

            _connections.Connections.Remove(id);
            foreach (var peers in _connections.Connections.Values)
            {
                peers.Remove(id);
            }
        }

        lock (_notifications.Gate)
        {
            foreach (var row in _notifications.Rows.Values.Where(n => n.RecipientId == id || n.ActorId == id).ToList())
            {
                _notifications.Rows.Remove(row.Id);
            }

            foreach (var key in _notifications.Reactions.Keys.Where(k => k.Recipient == id || k.Actor == id).ToList())
            {
                _notifications.Reactions.Remove(key);
            }
        }

        lock (_reports.Gate)
        {
            foreach (var report in _reports.Rows.Values.Where(r => r.ReporterId == id || r.TargetUserId == id).ToList())
            {
                _reports.Rows.Remove(report.Id);
            }
        }

        lock (_media.Gate)
        {
            foreach (var media in _media.Rows.Values.Where(m => m.OwnerId == id).ToList())
            {
                _media.Rows.Remove(media.Id);
            }
        }

        lock (_accounts.Gate)
        {
            foreach (var token in _accounts.EmailChanges.Where(c => c.Value.UserId == id).Select(c => c.Key).ToList())
            {
                _accounts.EmailChanges.Remove(token);
            }

            foreach (var export in _accounts.Exports.Values.Where(e => e.UserId == id).ToList())
            {
                _accounts.Exports.Remove(export.Id);
            }
        }

        lock (_moderation.Gate)
        {
            _moderation.Standing.Remove(id);
        }

        return Task.CompletedTask;
    }
}
