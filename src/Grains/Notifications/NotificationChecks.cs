using Vrss.GrainInterfaces.Notifications;
using Vrss.Grains.Data;

namespace Vrss.Grains.Notifications;

/// <summary>Checks both notification repositories make before storing one.</summary>
internal static class NotificationChecks
{
    public static void New(string notificationId, string recipientId, NotificationType type, string actorId, string? postId, string? reason)
    {
        if ((type == NotificationType.ContentRemoved) != (reason is not null))
        {
            throw new ArgumentException("A content_removed notification, and only it, carries a reason.", nameof(reason));
        }

        if (type == NotificationType.ContentRemoved && postId is null)
        {
            throw new ArgumentException("A content_removed notification names its post.", nameof(postId));
        }

        Guard.Id(notificationId, nameof(notificationId));
        Guard.Id(recipientId, nameof(recipientId));
        Guard.Id(actorId, nameof(actorId));
        Guard.Defined(type, nameof(type));
        if (postId is not null)
        {
            Guard.Id(postId, nameof(postId));
        }
        else if (type == NotificationType.Reaction)
        {
            throw new ArgumentException("A reaction notification names its post.", nameof(postId));
        }
    }
}
