using Orleans.Concurrency;
using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// One user's event log (keyed by user id): gives each event the next id, keeps the recent ones for readers that
/// reconnect with <c>Last-Event-ID</c>, and publishes each to the user's stream. Notification events are
/// persisted before the append answers; feed events are not written one by one (see the implementation): their
/// loss with a failed silo is reported to resuming readers, never silent.
/// </summary>
public interface IUserEventsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Appends (and persists) a <c>notification</c> event and publishes it. Appending a notification that is
    /// already in the log answers the event it already has, so the call is safe to retry on another silo.
    /// </summary>
    Task<UserEvent> AppendNotificationAsync(NotificationView notification);

    /// <summary>Appends a <c>feed.update</c> event (in memory) for a post that entered the user's home feed, and publishes it.</summary>
    Task PostAddedAsync(PostView post);

    /// <summary>Appends a <c>post.delete</c> event (in memory) for a post that left the user's home feed, and publishes it.</summary>
    Task PostRemovedAsync(string postId);

    /// <summary>
    /// The retained events after <paramref name="afterId"/>; none and the last id when it is null. A replayed
    /// <c>feed.update</c> carries the post as it is now; one whose post was deleted or hidden since is left out.
    /// </summary>
    [ReadOnly]
    Task<EventBacklog> GetSinceAsync(long? afterId);

    /// <summary>
    /// Subscribes a live connection (or renews its subscription: connections renew at every heartbeat, so a log
    /// that moved to another silo, or forgot a connection whose silo died, is told again within one heartbeat).
    /// A user may have <c>Vrss:Events:MaxStreamsPerUser</c> connections, on whichever silos: one more closes the
    /// one opened first (by <paramref name="openedAt"/>), which is sent <see cref="StreamCloseReasons.TooManyStreams"/>.
    /// </summary>
    /// <param name="observer">The connection.</param>
    /// <param name="openedAt">
    /// When the connection opened: the same at every renewal, so the order of connections survives the log's
    /// reactivation (a log that forgot them learns it again as they renew).
    /// </param>
    [AlwaysInterleave]
    Task SubscribeAsync(IUserStreamObserver observer, DateTimeOffset openedAt);

    /// <summary>Ends a live connection's subscription.</summary>
    [AlwaysInterleave]
    Task UnsubscribeAsync(IUserStreamObserver observer);

    /// <summary>
    /// The user's blocks or mutes changed: <c>feed.update</c> events from authors the user no longer sees are dropped
    /// from now on (the log reads the user's block snapshot again at its next feed event). The block or mute waits for
    /// it, so a post made after the change answered is filtered by the new lists.
    /// </summary>
    Task BlocksChangedAsync();

    /// <summary>Tells the user's live connections that a session was revoked, so those on it close.</summary>
    Task SessionRevokedAsync(string sessionKey);
}
