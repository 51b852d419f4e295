using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Notifications;

/// <summary>A notification as its recipient sees it (an item of <c>notification.getNotifications</c>, and the data of a <c>notification</c> event).</summary>
/// <param name="Id">The notification id.</param>
/// <param name="Type">What happened.</param>
/// <param name="Actor">Who did it (their public card).</param>
/// <param name="PostId">The post concerned (reactions, comments, mentions), if any.</param>
/// <param name="CreatedAt">When it happened (for a repeated reaction: the latest time).</param>
/// <param name="Read">Whether the recipient has read it.</param>
/// <param name="Reason">Why staff removed the content (<c>content_removed</c> only); null for every other type.</param>
[GenerateSerializer, Immutable]
public sealed record NotificationView(string Id, NotificationType Type, UserCard Actor, string? PostId, DateTimeOffset CreatedAt, bool Read, string? Reason = null);
