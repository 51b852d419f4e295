using Vrss.GrainInterfaces.Notifications;
using Vrss.Runtime.Core;

namespace Vrss.GrainInterfaces.Events;

/// <summary>
/// One user's event log (keyed by user id): gives each event the next id, keeps the recent ones for readers that
/// reconnect with <c>Last-Event-ID</c>, and publishes each to the user's stream. Notification events are
/// persisted before the append answers; feed events are kept in memory only (see the class remarks of the
/// implementation): their loss with a failed silo is reported to resuming readers, never silent.
/// </summary>
public interface IUserEventsGrain : IGrainWithStringKey
{
    /// <summary>Appends (and persists) a <c>notification</c> event and publishes it.</summary>
    Task<UserEvent> AppendNotificationAsync(NotificationView notification);

    /// <summary>Appends a <c>post.delete</c> event (in memory) and publishes it.</summary>
    Task PostRemovedAsync(string postId);

    /// <summary>The retained events after <paramref name="afterId"/>; none and the last id when it is null.</summary>
    [ReadOnly]
    Task<EventBacklog> GetSinceAsync(long? afterId);
}
