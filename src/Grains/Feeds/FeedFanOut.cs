using System.Linq.Expressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Feeds;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Social;
using Vrss.Runtime.Broadcast;

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
    IActiveGrainBroadcaster broadcaster,
    IOptions<FeedOptions> options,
    ILogger<FeedFanOut> logger)
{
    /// <summary>
    /// Delivers a post to its author's feed and, unless it is private or the author is pulled (merged at read time),
    /// to the feeds of the author's followers; with <paramref name="view"/>, also a <c>feed.update</c> to the same
    /// users' active event logs. Returns how many active feeds received it.
    /// </summary>
    public Task<int> PublishAsync(FeedEntry entry, PostVisibility visibility, bool authorIsPulled, PostView? view = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return DeliverAsync(
            entry.AuthorId,
            toFollowers: visibility != PostVisibility.Private && !authorIsPulled,
            g => g.AddPostAsync(entry),
            view is null ? null : e => e.PostAddedAsync(view));
    }

    /// <summary>Removes a deleted post from the feeds that may hold it, and sends <c>post.delete</c> to the same users' active event logs.</summary>
    public Task<int> RetractAsync(string postId, string authorId, bool authorIsPulled) =>
        DeliverAsync(authorId, toFollowers: !authorIsPulled, g => g.RemovePostAsync(postId), e => e.PostRemovedAsync(postId));

    /// <summary>Removes a post that became private from the followers' feeds (not the author's), with <c>post.delete</c> to their active event logs.</summary>
    public Task<int> HideAsync(string postId, string authorId, bool authorIsPulled) =>
        DeliverAsync(authorId, toFollowers: !authorIsPulled, g => g.RemovePostAsync(postId), e => e.PostRemovedAsync(postId), includeAuthor: false);

    /// <summary>Tells the followers' feeds that the author switched between fan-out and read-time merging.</summary>
    public Task<int> AuthorModeChangedAsync(string authorId, bool pulled) =>
        DeliverAsync(authorId, toFollowers: true, g => g.AuthorModeChangedAsync(authorId, pulled), includeAuthor: false);

    /// <summary>Tells one user's feed, if active, about a follow or unfollow.</summary>
    public async Task ToFeedAsync(string userId, Expression<Func<IFeedGrain, Task>> call)
    {
        try
        {
            await broadcaster.SendToActiveAsync([userId], call).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, exception, userId);
        }
    }

    private async Task<int> DeliverAsync(
        string authorId,
        bool toFollowers,
        Expression<Func<IFeedGrain, Task>> call,
        Expression<Func<IUserEventsGrain, Task>>? live = null,
        bool includeAuthor = true)
    {
        var delivered = 0;
        try
        {
            if (includeAuthor)
            {
                delivered += await SendAsync([authorId], call, live).ConfigureAwait(false);
            }

            if (!toFollowers)
            {
                return delivered;
            }

            // Read the next batch of ids while the current one is on its way.
            var batchSize = Math.Clamp(options.Value.FanOutBatchSize, 1, IFollowRepository.MaxFollowerBatch);
            var batch = await follows.GetFollowerIdBatchAsync(authorId, null, batchSize).ConfigureAwait(false);
            while (true)
            {
                var sending = batch.Items.Count == 0 ? Task.FromResult(0) : SendAsync(batch.Items, call, live);
                var reading = NextBatchAsync(authorId, batch.NextCursor, batchSize);
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

    // Sends to the feeds and, when asked, to the event logs of the same users; counts the feeds.
    private async Task<int> SendAsync(IReadOnlyCollection<string> userIds, Expression<Func<IFeedGrain, Task>> call, Expression<Func<IUserEventsGrain, Task>>? live)
    {
        var feeds = broadcaster.SendToActiveAsync(userIds, call);
        if (live is not null)
        {
            await broadcaster.SendToActiveAsync(userIds, live).ConfigureAwait(false);
        }

        return await feeds.ConfigureAwait(false);
    }

    private async Task<Page<string>?> NextBatchAsync(string authorId, string? cursor, int batchSize) =>
        cursor is null ? null : await follows.GetFollowerIdBatchAsync(authorId, cursor, batchSize).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A feed delivery for user {UserId} failed; affected feeds catch up when they next rebuild")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string userId);
}
