namespace Vrss.GrainInterfaces.Notifications;

/// <summary>One page of a user's notifications, newest first, with the count of all their unread ones.</summary>
/// <param name="Items">The notifications of this page.</param>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
/// <param name="UnreadCount">How many of the user's notifications are unread (all of them, not only this page's).</param>
[GenerateSerializer, Immutable]
public sealed record NotificationPage(IReadOnlyList<NotificationView> Items, string? NextCursor, int UnreadCount);
