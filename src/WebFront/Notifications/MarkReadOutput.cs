namespace Vrss.WebFront.Notifications;

/// <summary>The output of <c>notification.markRead</c>.</summary>
/// <param name="UnreadCount">How many of the caller's notifications are still unread.</param>
public sealed record MarkReadOutput(int UnreadCount);
