using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Notifications;

/// <summary>
/// The notifications of one user (keyed by the recipient's user id): stores each one, hands it to the user's
/// live event log, and answers the notification list. A repeated reaction by one actor to one post stays one
/// notification (it moves to the top and becomes unread again, and is not announced on the stream twice).
/// </summary>
public interface INotificationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records that <paramref name="actorId"/> did <paramref name="type"/> to this grain's user under the id
    /// <paramref name="notificationId"/> (the caller makes it once per notification), stores it before answering
    /// and publishes a <c>notification</c> event. The id makes the call safe to retry on another silo: a second
    /// delivery stores and announces nothing new. Returns null when nothing is stored: the actor is the
    /// recipient (nobody is notified of their own actions).
    /// </summary>
    Task<NotificationView?> NotifyAsync(NotificationType type, string actorId, string? postId, string notificationId);

    /// <summary>
    /// Tells this grain's user that staff removed their post <paramref name="postId"/> (or a comment of theirs on it),
    /// and why: a <c>content_removed</c> notification whose actor is the user (staff stay anonymous). Safe to retry
    /// with the same <paramref name="notificationId"/>, as <see cref="NotifyAsync"/>.
    /// </summary>
    Task<NotificationView> NotifyContentRemovedAsync(string postId, string reason, string notificationId);

    /// <summary>
    /// A page of notifications created at or after <paramref name="since"/> (all when null), newest first, with
    /// the unread count. <c>InvalidFormat</c> for a cursor that is not one of this list's.
    /// </summary>
    [ReadOnly]
    Task<NotificationPage> GetAsync(DateTimeOffset? since, string? cursor, int limit);

    /// <summary>Marks the user's notifications among <paramref name="notificationIds"/> read (others' ids are ignored); returns the unread count.</summary>
    Task<int> MarkReadAsync(IReadOnlyList<string> notificationIds);

    /// <summary>Marks every notification of the user read; returns the unread count (0).</summary>
    Task<int> MarkAllReadAsync();
}
