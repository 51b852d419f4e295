using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Accounts;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Social;
using Vrss.Grains.Data;
using Vrss.Grains.Feeds;
using Vrss.Grains.Hosting;
using Vrss.Grains.HotReads;
using Vrss.Grains.Notifications;
using Vrss.Grains.Social;

namespace Vrss.Grains.Posts;

/// <summary>
/// One post. It is the only writer of its reactions and comments, one request at a time, so its counts are exact
/// however many users react at once; the counts themselves are kept by the database with the rows (a trigger for
/// reactions, the same statement for comments) and read back after each change. Anything a reader may not see
/// answers "post not found", exactly like a post that does not exist. Once read, the post is answered from memory;
/// every change is sent to every silo's <see cref="HotReadCache"/> before the change's call returns, so home feeds
/// anywhere show it.
/// </summary>
public sealed class PostGrain(
    IPostRepository posts,
    IReactionRepository reactions,
    ICommentRepository comments,
    IConnectionRepository connections,
    IPullAuthorRepository pullAuthors,
    PostViews views,
    FeedFanOut fanOut,
    SocialEvents events,
    NotificationSender notifications,
    HotReadClient hot,
    HotReadCache reads,
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
        hot.PostCreated(post);
        metrics.PostCreated();
        var view = await views.BuildAsync(post);
        await fanOut.PublishAsync(new FeedEntry(Id, draft.AuthorId, createdAt), draft.Visibility, creation.AuthorIsPulled, view, creation.FollowerIds);
        await notifications.NotifyMentionsAsync(draft.AuthorId, Id, draft.Content, canSee: reader => MayReadAsync(post, reader));
        return view;
    }

    /// <inheritdoc />
    public async Task<PostView> GetAsync(string? readerId)
    {
        var post = await VisibleToAsync(readerId);
        await HideAcrossBlockAsync(post, readerId);
        return await views.BuildAsync(post);
    }

    /// <inheritdoc />
    public async Task<PostView> UpdateAsync(string editorId, string? content, PostVisibility? visibility)
    {
        var post = await VisibleToAsync(editorId);
        RequireAuthor(post, editorId, "edit");
        var checkedContent = content is null ? null : PostRules.Content(content, post.Type);
        var updated = await posts.UpdateAsync(Id, checkedContent, visibility, time.GetUtcNow()) ?? throw Gone();
        _post = updated;
        await hot.PostChangedAsync(Id, updated);
        if (post.Visibility == updated.Visibility)
        {
            return await views.BuildAsync(updated);
        }

        var pulled = await pullAuthors.IsPulledAsync(updated.AuthorId);
        if (updated.Visibility == PostVisibility.Private || (updated.Visibility == PostVisibility.Connections && post.Visibility != PostVisibility.Private))
        {
            // It leaves the followers' feeds: their open streams hear it as a deletion. A connections-only post then
            // goes back to the followers who are connections, below.
            await fanOut.HideAsync(Id, updated.AuthorId, pulled);
        }

        if (updated.Visibility != PostVisibility.Private
            && (post.Visibility is PostVisibility.Private or PostVisibility.Connections || updated.Visibility == PostVisibility.Connections))
        {
            // Feeds that never got it (or just lost it) may see it now: deliver it to its new audience.
            var view = await views.BuildAsync(updated);
            await fanOut.PublishAsync(new FeedEntry(Id, updated.AuthorId, updated.CreatedAt), updated.Visibility, pulled, view);
            return view;
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
        await hot.PostChangedAsync(Id, null);
        await fanOut.RetractAsync(Id, post.AuthorId, await pullAuthors.IsPulledAsync(post.AuthorId));
    }

    /// <inheritdoc />
    public async Task<ReactionSummary> ReactAsync(string userId, ReactionType reaction)
    {
        await verifiedEmail.EnsureAsync(userId);
        var post = await VisibleToAsync(userId);
        await RefuseAcrossBlockAsync(post, userId);
        ReactionType? previous;
        try
        {
            previous = await reactions.SetAsync(Id, userId, reaction, time.GetUtcNow());
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.PostNotFound)
        {
            throw Gone();
        }

        await GrainFactory.GetGrain<IOwnReactionsGrain>(userId).ChangedAsync(Id, reaction);
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
        await GrainFactory.GetGrain<IOwnReactionsGrain>(userId).ChangedAsync(Id, null);
        return new ReactionSummary(removed is null ? post.ReactionCounts : await ReloadCountsAsync(), null);
    }

    /// <inheritdoc />
    public async Task<CommentView> CommentAsync(string userId, string content, string? commentId)
    {
        await verifiedEmail.EnsureAsync(userId);
        var post = await VisibleToAsync(userId);
        await RefuseAcrossBlockAsync(post, userId);
        if (commentId is not null
            && await comments.GetAsync(commentId) is { } earlier
            && string.Equals(earlier.PostId, Id, StringComparison.Ordinal)
            && string.Equals(earlier.AuthorId, userId, StringComparison.Ordinal))
        {
            // The same call run again (its first answer was lost with a silo): what it made is the answer.
            var earlierCards = await views.CardsAsync([userId]);
            return new CommentView(earlier.Id, Id, earlierCards[userId], earlier.Content, earlier.CreatedAt, earlier.EditedAt);
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
        await hot.PostChangedAsync(Id, _post);
        await events.PublishAsync(NotificationType.Comment, post.AuthorId, userId, Id, comment.Id);

        // The post's author hears of the comment already; mentioned readers of the post hear of the mention.
        await notifications.NotifyMentionsAsync(userId, Id, comment.Content, [post.AuthorId], reader => MayReadAsync(post, reader));
        var cards = await views.CardsAsync([userId]);
        return new CommentView(comment.Id, Id, cards[userId], comment.Content, comment.CreatedAt);
    }

    /// <inheritdoc />
    public async Task<Page<CommentView>> GetCommentsAsync(string? readerId, string? cursor, int limit)
    {
        var hidden = await HideAcrossBlockAsync(await VisibleToAsync(readerId), readerId);
        var page = await comments.GetByPostAsync(Id, cursor, limit);

        // Comments of users the reader blocks, is blocked by or mutes are left out (a page may hold fewer).
        var shown = hidden.IsEmpty ? page.Items : [.. page.Items.Where(c => !hidden.Hides(c.AuthorId))];
        var cards = await views.CardsAsync(shown.Select(c => c.AuthorId));
        return new Page<CommentView>([.. shown.Select(c => new CommentView(c.Id, c.PostId, cards[c.AuthorId], c.Content, c.CreatedAt, c.EditedAt))], page.NextCursor);
    }

    /// <inheritdoc />
    public async Task<CommentView> UpdateCommentAsync(string editorId, string commentId, string content)
    {
        // Editing needs the post still in sight: a reader who lost access (a removed connection, a block) cannot change it.
        await HideAcrossBlockAsync(await VisibleToAsync(editorId), editorId);
        var text = PostRules.Comment(content);
        var comment = await comments.GetAsync(commentId);
        if (comment is null || !string.Equals(comment.PostId, Id, StringComparison.Ordinal))
        {
            throw CommentNotFound();
        }

        if (!string.Equals(comment.AuthorId, editorId, StringComparison.Ordinal))
        {
            throw new VrssException(ErrorCode.Forbidden, "Only the comment's author may edit it.");
        }

        var edited = await comments.UpdateAsync(commentId, editorId, text, time.GetUtcNow()) ?? throw CommentNotFound();
        var cards = await views.CardsAsync([editorId]);
        return new CommentView(edited.Id, Id, cards[editorId], edited.Content, edited.CreatedAt, edited.EditedAt);
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
        await hot.PostChangedAsync(Id, _post);
    }

    /// <summary>The comment-not-found error (404 / 1301).</summary>
    internal static VrssException CommentNotFound() => new(ErrorCode.ResourceNotFound, "comment not found");

    private async Task<PostRecord> VisibleToAsync(string? readerId)
    {
        var post = await CurrentAsync() ?? throw Missing();
        if (!await MayReadAsync(post, readerId))
        {
            throw PostChecks.PostNotFound();
        }

        return post;
    }

    // Reads across a block answer as if the post did not exist; returns what else the reader's reads hide.
    private async Task<BlockSnapshot> HideAcrossBlockAsync(PostRecord post, string? readerId)
    {
        if (readerId is null)
        {
            return BlockSnapshot.Empty;
        }

        var hidden = await GrainFactory.GetGrain<IBlockListGrain>(readerId).GetSnapshotAsync();
        return hidden.IsBlockedWith(post.AuthorId) ? throw PostChecks.PostNotFound() : hidden;
    }

    // Writes across a block, either way, are refused as such (403 / 1104).
    private async Task RefuseAcrossBlockAsync(PostRecord post, string userId)
    {
        if (!string.Equals(userId, post.AuthorId, StringComparison.Ordinal)
            && await GrainFactory.GetGrain<IBlockListGrain>(userId).RelationToAsync(post.AuthorId) is { IsBlockedEitherWay: true })
        {
            throw BlockErrors.Blocked();
        }
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

    // Reads only the relation the post's visibility depends on, and none for the author or a public post: whether the
    // reader follows the author comes from the author's grain (it holds its follower ids, no query); a connection from
    // the table.
    private async Task<bool> MayReadAsync(PostRecord post, string? readerId)
    {
        var (needsFollow, needsConnection) = readerId is null || string.Equals(readerId, post.AuthorId, StringComparison.Ordinal)
            ? (false, false)
            : PostAudience.EdgesFor(post.Visibility);
        var follower = needsFollow && await GrainFactory.GetGrain<IFollowerSetGrain>(post.AuthorId).HasFollowerAsync(readerId!);
        var connected = needsConnection && await connections.AreConnectedAsync(readerId!, post.AuthorId);
        return PostReadRule.MaySee(post, new PostReader(readerId, follower, connected), reads.HiddenAuthors);
    }

    private async Task<IReadOnlyDictionary<ReactionType, int>> ReloadCountsAsync()
    {
        _post = await posts.GetAsync(Id) ?? throw Gone();
        await hot.PostChangedAsync(Id, _post);
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
