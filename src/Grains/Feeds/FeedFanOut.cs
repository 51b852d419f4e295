using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Delivery;
using Vrss.Grains.Social;

namespace Vrss.Grains.Feeds;

/// <summary>
/// Delivers feed changes to the home feeds that are active, the way Mastodon fans out only to recently active
/// users: follower ids are read in batches and each batch goes out as one message per silo, never one call per
/// follower. Feeds that are not active get nothing; they rebuild from the tables when next read. Feeds are
/// caches, so a failed delivery is logged and does not fail the post that caused it. The same batches reach the
/// users' event logs that are active (users with a live stream, or one recently): <c>feed.update</c> and
/// <c>post.delete</c> events, again one message per silo.
/// </summary>
public sealed partial class FeedFanOut(
    IFollowRepository follows,
    IConnectionRepository connections,
    FeedDeliveryClient delivery,
    IOptions<FeedOptions> options,
    ILogger<FeedFanOut> logger)
{
    /// <summary>
    /// Delivers a new (or newly visible) post to its author's feed and, unless it is private or its author is pulled,
    /// to every follower's active feed (a connections-only post: to the followers who are connections); with
    /// <paramref name="view"/>, also to those users' live streams (feed.update). Returns how many feeds took it.
    /// </summary>
    /// <remarks>
    /// <paramref name="followerIds"/>, when given, are the followers as the author's grain holds them: they are used
    /// instead of reading the follows table (not for a connections-only post, whose audience is read from the tables).
    /// </remarks>
    public Task<int> PublishAsync(FeedEntry entry, PostVisibility visibility, bool authorIsPulled, PostView? view = null, IReadOnlyList<string>? followerIds = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var connectionsOnly = visibility == PostVisibility.Connections;
        return DeliverAsync(
            entry.AuthorId,
            toFollowers: visibility != PostVisibility.Private && !authorIsPulled,
            new FeedChange(FeedChangeKind.PostAdded, Entry: entry, Live: view),
            followerIds: connectionsOnly ? null : followerIds,
            connectionsOnly: connectionsOnly);
    }

    /// <summary>Removes a deleted post from its author's and followers' active feeds, with post.delete on their live streams.</summary>
    public Task<int> RetractAsync(string postId, string authorId, bool authorIsPulled) =>
        DeliverAsync(authorId, toFollowers: !authorIsPulled, new FeedChange(FeedChangeKind.PostRemoved, PostId: postId));

    /// <summary>Removes a post made private from its followers' active feeds (the author still sees it).</summary>
    public Task<int> HideAsync(string postId, string authorId, bool authorIsPulled) =>
        DeliverAsync(authorId, toFollowers: !authorIsPulled, new FeedChange(FeedChangeKind.PostRemoved, PostId: postId), includeAuthor: false);

    /// <summary>Tells followers' active feeds that an author moved between fan-out and read-time merge.</summary>
    public Task<int> AuthorModeChangedAsync(string authorId, bool pulled) =>
        DeliverAsync(authorId, toFollowers: true, new FeedChange(FeedChangeKind.AuthorModeChanged, AuthorId: authorId, Pulled: pulled), includeAuthor: false);

    /// <summary>Tells <paramref name="userId"/>'s feed, if active, that they followed <paramref name="authorId"/>.</summary>
    public Task FollowedAsync(string userId, string authorId, bool pulled) =>
        ToFeedAsync(userId, new FeedChange(FeedChangeKind.Followed, AuthorId: authorId, Pulled: pulled));

    /// <summary>Tells <paramref name="userId"/>'s feed, if active, that they unfollowed <paramref name="authorId"/>.</summary>
    public Task UnfollowedAsync(string userId, string authorId) =>
        ToFeedAsync(userId, new FeedChange(FeedChangeKind.Unfollowed, AuthorId: authorId));

    private async Task ToFeedAsync(string userId, FeedChange change)
    {
        try
        {
            await delivery.DeliverAsync([userId], change).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, exception, userId);
        }
    }

    private async Task<int> DeliverAsync(
        string authorId, bool toFollowers, FeedChange change, bool includeAuthor = true, IReadOnlyList<string>? followerIds = null, bool connectionsOnly = false)
    {
        var delivered = 0;
        try
        {
            if (includeAuthor)
            {
                delivered += await delivery.DeliverAsync([authorId], change).ConfigureAwait(false);
            }

            if (!toFollowers)
            {
                return delivered;
            }

            var batchSize = Math.Clamp(options.Value.FanOutBatchSize, 1, IFollowRepository.MaxFollowerBatch);
            if (followerIds is not null)
            {
                foreach (var chunk in followerIds.Chunk(batchSize))
                {
                    delivered += await delivery.DeliverAsync(chunk, change).ConfigureAwait(false);
                }

                return delivered;
            }

            // Read the next batch of ids while the current one is on its way.
            Func<string?, Task<Page<string>>> read = connectionsOnly
                ? cursor => connections.GetConnectedFollowerIdBatchAsync(authorId, cursor, batchSize)
                : cursor => follows.GetFollowerIdBatchAsync(authorId, cursor, batchSize);
            var batch = await read(null).ConfigureAwait(false);
            while (true)
            {
                var sending = batch.Items.Count == 0 ? Task.FromResult(0) : delivery.DeliverAsync(batch.Items, change);
                var reading = NextBatchAsync(read, batch.NextCursor);
                await Task.WhenAll(sending, reading).ConfigureAwait(false);
                delivered += sending.Result;
                if (reading.Result is not { } next)
                {
                    return delivered;
                }

                batch = next;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, exception, authorId);
            return delivered;
        }
    }

    private static async Task<Page<string>?> NextBatchAsync(Func<string?, Task<Page<string>>> read, string? cursor) =>
        cursor is null ? null : await read(cursor).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A feed delivery for user {UserId} failed; affected feeds catch up when they next rebuild")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string userId);
}
