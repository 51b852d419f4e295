using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Notifications;

/// <summary>The input of <c>notification.getNotifications</c>.</summary>
/// <param name="Since">Only notifications created at or after this time.</param>
/// <param name="Cursor">Where the previous page ended.</param>
/// <param name="Limit">Page size, 1-100 (default 20).</param>
public sealed record GetNotificationsInput(DateTimeOffset? Since, [property: FieldText(1, 512)] string? Cursor, [property: FieldRange(1, 100)] int? Limit);
