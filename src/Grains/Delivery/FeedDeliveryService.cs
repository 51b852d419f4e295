using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Vrss.GrainInterfaces.Events;
using Vrss.GrainInterfaces.Feeds;
using Vrss.Grains.Events;
using Vrss.Grains.Feeds;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Delivery;

/// <inheritdoc cref="IFeedDeliveryService"/>
[Reentrant]
internal sealed partial class FeedDeliveryService(
    GrainId id,
    Silo silo,
    ILoggerFactory loggerFactory,
    IGrainFactory grains,
    ActiveFeeds feeds,
    LocalActivations<UserEventsGrain> eventLogs,
    IOptions<FeedOptions> options,
    ProductMetrics metrics,
    TimeProvider time) : GrainService(id, silo, loggerFactory), IFeedDeliveryService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<FeedDeliveryService>();

    /// <inheritdoc />
    public async Task<int> DeliverAsync(IReadOnlyList<string> userIds, FeedChange change)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(change);
        var calls = new List<Task>();
        var delivered = 0;
        var now = time.GetUtcNow();
        foreach (var userId in userIds)
        {
            if (feeds.TryGet(userId, out var feed))
            {
                delivered++;
                if (!TryApplyInPlace(feed, change, now))
                {
                    calls.Add(Apply(grains.GetGrain<IFeedGrain>(userId), change));
                }
            }

            if (change.ReachesLiveStreams && eventLogs.Contains(userId))
            {
                calls.Add(ApplyLive(grains.GetGrain<IUserEventsGrain>(userId), change));
            }
        }

        try
        {
            // Only what needs a grain turn is here: idle feeds retiring, follows, mode changes, live streams.
            await Task.WhenAll(calls);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A feed that failed to take the change rebuilds from the tables when next activated; the others took it.
            LogDeliveryFailed(_logger, exception, change.Kind);
        }

        if (delivered > 0 && change is { Kind: FeedChangeKind.PostAdded, Entry: { } entry })
        {
            metrics.Delivered(delivered, now - entry.CreatedAt);
        }

        return delivered;
    }

    // Posts come and go in the active feed's memory without a message to its grain. Follows and mode changes read
    // the tables, and an idle feed must retire itself: those go to the grain.
    private bool TryApplyInPlace(ActiveFeed feed, FeedChange change, DateTimeOffset now)
    {
        switch (change.Kind)
        {
            case FeedChangeKind.PostAdded when !feed.IsIdle(now, options.Value.InactiveAfter):
                if (feed.TryAdd(change.Entry!))
                {
                    FeedMetrics.Delivered.Add(1);
                }

                return true;
            case FeedChangeKind.PostRemoved:
                feed.Remove(change.PostId!);
                return true;
            default:
                return false;
        }
    }

    private static Task Apply(IFeedGrain feed, FeedChange change) => change.Kind switch
    {
        FeedChangeKind.PostAdded => feed.AddPostAsync(change.Entry!),
        FeedChangeKind.PostRemoved => feed.RemovePostAsync(change.PostId!),
        FeedChangeKind.Followed => feed.FollowedAsync(change.AuthorId!, change.Pulled),
        FeedChangeKind.Unfollowed => feed.UnfollowedAsync(change.AuthorId!),
        FeedChangeKind.AuthorModeChanged => feed.AuthorModeChangedAsync(change.AuthorId!, change.Pulled),
        _ => Task.CompletedTask,
    };

    private static Task ApplyLive(IUserEventsGrain log, FeedChange change) => change.Kind switch
    {
        FeedChangeKind.PostAdded when change.Live is { } post => log.PostAddedAsync(post),
        FeedChangeKind.PostRemoved => log.PostRemovedAsync(change.PostId!),
        _ => Task.CompletedTask,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Some feeds on this silo did not take a {Kind} change; they catch up when they next rebuild")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, FeedChangeKind kind);
}
