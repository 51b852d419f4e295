namespace Vrss.Grains.Notifications;

/// <summary>The answer to marking notifications read.</summary>
/// <param name="Marked">How many unread notifications this call marked read.</param>
/// <param name="Unread">How many of the recipient's notifications are still unread.</param>
public sealed record MarkReadResult(int Marked, int Unread);
