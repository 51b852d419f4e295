using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Notifications;

/// <summary>Users' notifications, newest first, with read flags.</summary>
public interface INotificationRepository
{
    /// <summary>
    /// Stores an unread notification and returns it as stored. A reaction notification is kept once per
    /// (recipient, actor, post): a repeat moves the existing one to the new time and marks it unread again, and
    /// the existing row (with its original id) is returned.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A reaction notification without a post; a <c>content_removed</c> one without a post or a reason; a reason on any other.
    /// </exception>
    /// <exception cref="InvalidOperationException">The id is already used by another notification.</exception>
    Task<NotificationRecord> AddAsync(string notificationId, string recipientId, NotificationType type, string actorId, string? postId, DateTimeOffset at, string? reason = null);

    /// <summary>The recipient's notifications created at or after <paramref name="since"/> (all when null), newest first.</summary>
    Task<Page<NotificationRecord>> GetAsync(string recipientId, DateTimeOffset? since, string? cursor, int limit);

    /// <summary>How many of the recipient's notifications are unread.</summary>
    Task<int> CountUnreadAsync(string recipientId);

    /// <summary>Marks the recipient's notifications among <paramref name="notificationIds"/> (at most 1000) read; ids of others' notifications are ignored.</summary>
    Task<MarkReadResult> MarkReadAsync(string recipientId, IReadOnlyCollection<string> notificationIds);

    /// <summary>Marks every notification of the recipient read.</summary>
    Task<MarkReadResult> MarkAllReadAsync(string recipientId);
}
