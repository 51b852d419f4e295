using Vrss.GrainInterfaces.Blocks;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Posts;
using Vrss.Grains.Accounts;
using Vrss.Grains.Social;

namespace Vrss.Grains.Users;

/// <summary>
/// The User grain's side of the social graph. Each counter is changed only by the grain that owns it, in its own
/// turn, from what the repository reports (an edge was new, a post was stored): the follower count here when a
/// follower is added, the following count in the follower's grain once that returns, the post count when a post
/// of this user is stored or deleted. The counts are read from the tables on activation, before any request,
/// so every later change is counted exactly once.
/// </summary>
public sealed partial class UserGrain
{
    private long _followers;
    private long _following;
    private long _posts;
    private bool _pulled;

    /// <inheritdoc />
    public async Task<FollowResult> FollowAsync(string followeeId)
    {
        VerifiedEmailGate.Check(options.Value, Existing());
        if (string.Equals(followeeId, Id, StringComparison.Ordinal))
        {
            throw VrssException.Invalid("userId", "you cannot follow yourself");
        }

        var outcome = await GrainFactory.GetGrain<IUserGrain>(followeeId).AddFollowerAsync(Id);
        if (outcome.Requested)
        {
            return FollowResult.Requested;
        }

        if (!outcome.Added)
        {
            throw new VrssException(ErrorCode.AlreadyFollowing, "You already follow this user.");
        }

        _following++;
        await social.FanOut.FollowedAsync(Id, followeeId, outcome.Pulled);
        return FollowResult.Following;
    }

    /// <inheritdoc />
    public async Task<bool> UnfollowAsync(string followeeId)
    {
        Existing();

        // Withdraw a pending request first: if the followee accepts it meanwhile, the edge that makes is then
        // removed below, so unfollowing never leaves the caller following.
        await social.FollowRequests.RemoveAsync(Id, followeeId);
        if (!await GrainFactory.GetGrain<IUserGrain>(followeeId).RemoveFollowerAsync(Id))
        {
            return false;
        }

        _following--;
        await social.FanOut.UnfollowedAsync(Id, followeeId);
        return true;
    }

    /// <inheritdoc />
    public async Task<FollowOutcome> AddFollowerAsync(string followerId)
    {
        Visible();

        // Checked on the followee's side, whose block list knows both directions. A block is stored before it ends
        // the follows, so a racing follow is refused or ended by it (unless it is stored between this check and
        // the block's unfollow, a window of one round trip).
        if (await GrainFactory.GetGrain<IBlockListGrain>(Id).RelationToAsync(followerId) is { IsBlockedEitherWay: true })
        {
            throw BlockErrors.Blocked();
        }

        if (state.State.Settings.ApproveFollowers)
        {
            return await RequestFollowAsync(followerId);
        }

        var added = await social.Follows.FollowAsync(followerId, Id, time.GetUtcNow());
        if (added)
        {
            _followers++;
            FollowerAdded(followerId);
            await SyncPullModeAsync();
            await social.Events.PublishAsync(NotificationType.Follow, Id, followerId);
        }

        return new FollowOutcome(added, _pulled);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveFollowerAsync(string followerId)
    {
        Existing();
        if (!await social.Follows.UnfollowAsync(followerId, Id))
        {
            return false;
        }

        _followers--;
        FollowerRemoved(followerId);
        await SyncPullModeAsync();
        return true;
    }

    /// <inheritdoc />
    public async Task<PostView> CreatePostAsync(PostDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        VerifiedEmailGate.Check(options.Value, Existing());
        var content = PostRules.Content(draft.Content, draft.Type);
        PostRules.MediaCount(draft.Type, draft.MediaIds.Count);
        await CheckAttachmentsAsync(draft);
        var visibility = draft.Visibility ?? (PostVisibility)(int)state.State.Settings.DefaultPostVisibility;
        var grain = GrainFactory.GetGrain<IPostGrain>(draft.PostId ?? Guid.CreateVersion7().ToString("N"));
        PostView post;
        try
        {
            var followerIds = await FollowerIdsForFanOutAsync(visibility);
            post = await grain.CreateAsync(new PostCreation(Id, draft.Type, content, [.. draft.MediaIds], visibility, _pulled, followerIds));
        }
        catch (VrssException exception) when (exception.Code == ErrorCode.Conflict && draft.PostId is not null)
        {
            // A repeat of a call that did create the post (its answer was lost with a silo): answer as the first did.
            var existing = await grain.GetAsync(Id);
            if (existing.Author.Id != Id)
            {
                throw;
            }

            return existing;
        }

        _posts++;
        return post;
    }

    /// <inheritdoc />
    public async Task DeletePostAsync(string postId)
    {
        Existing();
        await GrainFactory.GetGrain<IPostGrain>(postId).DeleteAsync(Id);
        _posts--;
    }

    /// <inheritdoc />
    public async Task DeleteCommentAsync(string commentId)
    {
        Existing();
        var comment = await social.Comments.GetAsync(commentId) ?? throw PostGrain.CommentNotFound();
        await GrainFactory.GetGrain<IPostGrain>(comment.PostId).DeleteCommentAsync(Id, commentId);
    }

    /// <inheritdoc />
    public async Task<ConnectionRequestView> RequestConnectionAsync(string toUserId, string? message)
    {
        Existing();
        if (string.Equals(toUserId, Id, StringComparison.Ordinal))
        {
            throw VrssException.Invalid("userId", "you cannot connect with yourself");
        }

        if (await GrainFactory.GetGrain<IBlockListGrain>(Id).RelationToAsync(toUserId) is { IsBlockedEitherWay: true })
        {
            throw BlockErrors.Blocked();
        }

        if (!await GrainFactory.GetGrain<IUserGrain>(toUserId).AcceptsConnectionRequestsAsync())
        {
            throw new VrssException(ErrorCode.Forbidden, "This user does not accept connection requests.");
        }

        var result = await social.Connections.RequestAsync(Guid.CreateVersion7().ToString("N"), Id, toUserId, message, time.GetUtcNow());
        switch (result.Outcome)
        {
            case ConnectionRequestOutcome.AlreadyPending:
                throw new VrssException(ErrorCode.Conflict, "A connection request between you is already pending.");
            case ConnectionRequestOutcome.AlreadyConnected:
                throw new VrssException(ErrorCode.Conflict, "You are already connected.");
        }

        var request = result.Request!;
        await social.Events.PublishAsync(NotificationType.ConnectionRequest, toUserId, Id, subjectId: request.Id);
        return ConnectionViews.Of(request, await social.Views.CardsAsync([request.FromUserId, request.ToUserId]));
    }

    /// <inheritdoc />
    public Task<bool> AcceptsConnectionRequestsAsync()
    {
        Visible();
        return Task.FromResult(state.State.Settings.AllowConnectionRequests);
    }

    /// <inheritdoc />
    public async Task<ConnectionRequestView> RespondConnectionAsync(string requestId, bool accept)
    {
        Existing();
        var answered = await social.Connections.RespondAsync(requestId, Id, accept, time.GetUtcNow());
        if (answered is null)
        {
            var request = await social.Connections.GetRequestAsync(requestId);
            throw request switch
            {
                null => new VrssException(ErrorCode.ResourceNotFound, "connection request not found"),
                _ when string.Equals(request.FromUserId, Id, StringComparison.Ordinal) =>
                    new VrssException(ErrorCode.Forbidden, "Only the recipient may answer a connection request."),
                _ when !string.Equals(request.ToUserId, Id, StringComparison.Ordinal) =>
                    new VrssException(ErrorCode.ResourceNotFound, "connection request not found"),
                _ => new VrssException(ErrorCode.Conflict, "This connection request was already answered."),
            };
        }

        if (answered.Status == ConnectionRequestStatus.Accepted)
        {
            await social.Events.PublishAsync(NotificationType.ConnectionAccepted, answered.FromUserId, Id, subjectId: answered.Id);
        }

        return ConnectionViews.Of(answered, await social.Views.CardsAsync([answered.FromUserId, answered.ToUserId]));
    }

    private async Task LoadSocialAsync()
    {
        if (_account is null)
        {
            return;
        }

        var counts = await social.Follows.CountAsync(Id);
        _followers = counts.Followers;
        _following = counts.Following;
        _posts = await social.Posts.CountByAuthorAsync(Id);
        _pulled = await social.PullAuthors.IsPulledAsync(Id);

        // The limit may have changed since the flag was stored.
        await SyncPullModeAsync();
    }

    private bool PullWanted => _followers > social.FeedOptions.FanOutFollowerLimit;

    // Followers and unfollowers arrive interleaved: the flag is set before the first await, so only one of them
    // makes the switch, and every feed that follows this user hears about it.
    private async Task SyncPullModeAsync()
    {
        var wanted = PullWanted;
        if (wanted == _pulled)
        {
            return;
        }

        _pulled = wanted;
        await social.PullAuthors.SetPulledAsync(Id, wanted, time.GetUtcNow());
        await social.FanOut.AuthorModeChangedAsync(Id, wanted);
    }

    private async Task CheckAttachmentsAsync(PostDraft draft)
    {
        if (draft.MediaIds.Count == 0)
        {
            return;
        }

        if (draft.MediaIds.Distinct(StringComparer.Ordinal).Count() != draft.MediaIds.Count)
        {
            throw VrssException.Invalid("mediaIds", "mediaIds must not repeat a medium");
        }

        var kind = PostRules.MediaKindOf(draft.Type);
        var found = (await social.Media.GetManyAsync(draft.MediaIds)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        foreach (var mediaId in draft.MediaIds)
        {
            if (!found.TryGetValue(mediaId, out var media) || !string.Equals(media.OwnerId, Id, StringComparison.Ordinal))
            {
                throw VrssException.Invalid("mediaIds", $"medium {mediaId} is not one of your uploads");
            }

            if (media.Status != MediaStatus.Completed)
            {
                throw VrssException.Invalid("mediaIds", $"medium {mediaId} is not a completed upload");
            }

            if (media.Kind != kind)
            {
                throw VrssException.Invalid("mediaIds", $"medium {mediaId} is not {kind.ToString()!.ToLowerInvariant()} media");
            }
        }
    }
}
