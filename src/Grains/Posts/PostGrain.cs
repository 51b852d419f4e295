using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Accounts;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using Vrss.Grains.Feeds;
using Vrss.Grains.Hosting;
using Vrss.Grains.Notifications;
using Vrss.Grains.Social;

namespace Vrss.Grains.Posts;

/// <summary>
/// One post. It is the only writer of its reactions and comments, one request at a time, so its counts are exact
/// however many users react at once; the counts themselves are kept by the database with the rows (a trigger for
/// reactions, the same statement for comments) and read back after each change. Anything a reader may not see
/// answers "post not found", exactly like a post that does not exist.
/// </summary>
public sealed class PostGrain(
    IPostRepository posts,
    IReactionRepository reactions,
    ICommentRepository comments,
    IFollowRepository follows,
    IPullAuthorRepository pullAuthors,
    PostViews views,
    FeedFanOut fanOut,
    SocialEvents events,
    NotificationSender notifications,
    ProductMetrics metrics,
    VerifiedEmailGate verifiedEmail,
    TimeProvider time) : Grain, IPostGrain
{
    private PostRecord? _post;

    // The row is read on first need, not at activation: a post being created has no row to read, and its INSERT
    // answers "exists" by itself (a repeated id), so creation is one statement with no read before it.
    private bool _loaded;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<PostView> CreateAsync(PostCreation creation)
    {
        ArgumentNullException.ThrowIfNull(creation);
        var createdAt = DbTime.Normalize(time.GetUtcNow());
        var draft = new NewPost(Id, creation.AuthorId, creation.Type, creation.Content, creation.MediaIds, creation.Visibility, createdAt);
        if ((_loaded && _post is not null) || !await posts.CreateAsync(draft))
        {
            throw new VrssException(ErrorCode.Conflict, "A post with this id exists.");
        }

        var post = new PostRecord(Id, draft.AuthorId, draft.Type, draft.Content, [.. draft.MediaIds], draft.Visibility, createdAt, null, 0, 0, new Dictionary<ReactionType, int>());
        _post = post;
        _loaded = true;
        metrics.PostCreated();
        var view = await views.BuildAsync(post);
        await fanOut.PublishAsync(new FeedEntry(Id, draft.AuthorId, createdAt), draft.Visibility, creation.AuthorIsPulled, view, creation.FollowerIds);
        await notifications.NotifyMentionsAsync(draft.AuthorId, Id, draft.Content, canSee: reader => MayReadAsync(post, reader));
        return view;
    }

    /// <inheritdoc />
    public async Task<PostView> GetAsync(string? readerId) => await views.BuildAsync(await VisibleToAsync(readerId));

    /// <inheritdoc />
    public async Task<PostView> UpdateAsync(string editorId, string? content, PostVisibility? visibility)
    {
        var post = await VisibleToAsync(editorId);
        RequireAuthor(post, editorId, "edit");
        var checkedContent = content is null ? null : PostRules.Content(content, post.Type);
        var updated = await posts.UpdateAsync(Id, checkedContent, visibility, time.GetUtcNow()) ?? throw Gone();
        _post = updated;
        if (post.Visibility == PostVisibility.Private && updated.Visibility != PostVisibility.Private)
        {
            // Followers' feeds never got a private post: deliver it now that they may see it.
            var view = await views.BuildAsync(updated);
            await fanOut.PublishAsync(new FeedEntry(Id, updated.AuthorId, updated.CreatedAt), updated.Visibility, await pullAuthors.IsPulledAsync(updated.AuthorId), view);
            return view;
        }

        if (post.Visibility != PostVisibility.Private && updated.Visibility == PostVisibility.Private)
        {
            // It leaves the followers' feeds: their open streams hear it as a deletion.
            await fanOut.HideAsync(Id, updated.AuthorId, await pullAuthors.IsPulledAsync(updated.AuthorId));
        }

        return await views.BuildAsync(updated);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string requesterId)
    {
        var post = await VisibleToAsync(requesterId);
        RequireAuthor(post, requesterId, "delete");
        if (!await posts.DeleteAsync(Id, time.GetUtcNow()))
        {
            throw Gone();
        }

        _post = null;
        DeactivateOnIdle();
        await fanOut.RetractAsync(Id, post.AuthorId, await pullAuthors.IsPulledAsync(post.AuthorId));
    }

    /// <inheritdoc />
    public async Task<ReactionSummary> ReactAsync(string userId, ReactionType reaction)
    {
        await verifiedEmail.EnsureAsync(userId);
        var post = await VisibleToAsync(userId);
        ReactionType? previous;
        try
        {
            previous = await reactions.SetAsync(Id, userId, reaction, time.GetUtcNow());
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.PostNotFound)
        {
            throw Gone();
        }

        var counts = await ReloadCountsAsync();
        if (previous is null)
        {
            await events.PublishAsync(NotificationType.Reaction, post.AuthorId, userId, Id);
        }

        return new ReactionSummary(counts, reaction);
    }

    /// <inheritdoc />
    public async Task<ReactionSummary> UnreactAsync(string userId)
    {
        var post = await VisibleToAsync(userId);
        var removed = await reactions.RemoveAsync(Id, userId);
        return new ReactionSummary(removed is null ? post.ReactionCounts : await ReloadCountsAsync(), null);
    }

    /// <inheritdoc />
    public async Task<CommentView> CommentAsync(string userId, string content, string? commentId)
    {
        await verifiedEmail.EnsureAsync(userId);
        var post = await VisibleToAsync(userId);
        if (commentId is not null
            && await comments.GetAsync(commentId) is { } earlier
            && string.Equals(earlier.PostId, Id, StringComparison.Ordinal)
            && string.Equals(earlier.AuthorId, userId, StringComparison.Ordinal))
        {
            // The same call run again (its first answer was lost with a silo): what it made is the answer.
            var earlierCards = await views.CardsAsync([userId]);
            return new CommentView(earlier.Id, Id, earlierCards[userId], earlier.Content, earlier.CreatedAt);
        }

        var comment = new CommentRecord(commentId ?? Guid.CreateVersion7().ToString("N"), Id, userId, PostRules.Comment(content), DbTime.Normalize(time.GetUtcNow()));
        try
        {
            if (!await comments.AddAsync(comment))
            {
                throw new VrssException(ErrorCode.Conflict, "A comment with this id exists; try again.");
            }
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.PostNotFound)
        {
            throw Gone();
        }

        _post = post with { CommentCount = post.CommentCount + 1 };
        await events.PublishAsync(NotificationType.Comment, post.AuthorId, userId, Id, comment.Id);

        // The post's author hears of the comment already; mentioned readers of the post hear of the mention.
        await notifications.NotifyMentionsAsync(userId, Id, comment.Content, [post.AuthorId], reader => MayReadAsync(post, reader));
        var cards = await views.CardsAsync([userId]);
        return new CommentView(comment.Id, Id, cards[userId], comment.Content, comment.CreatedAt);
    }

    /// <inheritdoc />
    public async Task<Page<CommentView>> GetCommentsAsync(string? readerId, string? cursor, int limit)
    {
        await VisibleToAsync(readerId);
        var page = await comments.GetByPostAsync(Id, cursor, limit);
        var cards = await views.CardsAsync(page.Items.Select(c => c.AuthorId));
        return new Page<CommentView>([.. page.Items.Select(c => new CommentView(c.Id, c.PostId, cards[c.AuthorId], c.Content, c.CreatedAt))], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task DeleteCommentAsync(string requesterId, string commentId)
    {
        // A commenter may remove their comment even from a post they can no longer see; the post must still exist.
        var post = await CurrentAsync() ?? throw Missing();
        var comment = await comments.GetAsync(commentId);
        if (comment is null || !string.Equals(comment.PostId, Id, StringComparison.Ordinal))
        {
            throw CommentNotFound();
        }

        if (!string.Equals(requesterId, comment.AuthorId, StringComparison.Ordinal) && !string.Equals(requesterId, post.AuthorId, StringComparison.Ordinal))
        {
            throw new VrssException(ErrorCode.Forbidden, "Only the comment's author or the post's author may delete a comment.");
        }

        if (await comments.DeleteAsync(commentId) is null)
        {
            throw CommentNotFound();
        }

        _post = post with { CommentCount = post.CommentCount - 1 };
    }

    /// <summary>The comment-not-found error (404 / 1301).</summary>
    internal static VrssException CommentNotFound() => new(ErrorCode.ResourceNotFound, "comment not found");

    private async Task<PostRecord> VisibleToAsync(string? readerId)
    {
        var post = await CurrentAsync() ?? throw Missing();
        var follower = post.Visibility == PostVisibility.Followers && readerId is not null
            && !string.Equals(readerId, post.AuthorId, StringComparison.Ordinal)
            && await follows.IsFollowingAsync(readerId, post.AuthorId);
        return PostAudience.CanSee(post.Visibility, post.AuthorId, readerId, follower) ? post : throw PostChecks.PostNotFound();
    }

    private async ValueTask<PostRecord?> CurrentAsync()
    {
        if (!_loaded)
        {
            _post = await posts.GetAsync(Id);
            _loaded = true;
        }

        return _post;
    }

    private async Task<bool> MayReadAsync(PostRecord post, string readerId) =>
        PostAudience.CanSee(
            post.Visibility,
            post.AuthorId,
            readerId,
            post.Visibility == PostVisibility.Followers && await follows.IsFollowingAsync(readerId, post.AuthorId));

    private async Task<IReadOnlyDictionary<ReactionType, int>> ReloadCountsAsync()
    {
        _post = await posts.GetAsync(Id) ?? throw Gone();
        return _post.ReactionCounts;
    }

    private static void RequireAuthor(PostRecord post, string userId, string action)
    {
        if (!string.Equals(post.AuthorId, userId, StringComparison.Ordinal))
        {
            throw new VrssException(ErrorCode.Forbidden, $"Only the author may {action} this post.");
        }
    }

    // No post under this key (never created, or deleted): nothing to keep in memory.
    private VrssException Missing()
    {
        DeactivateOnIdle();
        return PostChecks.PostNotFound();
    }

    // Deleted while this activation held it.
    private VrssException Gone()
    {
        _post = null;
        return Missing();
    }
}
