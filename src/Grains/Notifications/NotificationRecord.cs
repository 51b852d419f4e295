using Vrss.GrainInterfaces.Notifications;

namespace Vrss.Grains.Notifications;

/// <summary>A stored notification.</summary>
/// <param name="Id">The notification id.</param>
/// <param name="RecipientId">Who is notified.</param>
/// <param name="Type">What happened.</param>
/// <param name="ActorId">Who did it.</param>
/// <param name="PostId">The post concerned, for reactions, comments and mentions.</param>
/// <param name="CreatedAt">When it happened (for a repeated reaction: the latest time).</param>
/// <param name="Read">Whether the recipient has read it.</param>
/// <param name="Reason">Why staff removed the content, for <c>content_removed</c>; otherwise null.</param>
public sealed record NotificationRecord(
    string Id,
    string RecipientId,
    NotificationType Type,
    string ActorId,
    string? PostId,
    DateTimeOffset CreatedAt,
    bool Read,
    string? Reason = null);
