using Vrss.GrainInterfaces.Notifications;
using Vrss.GrainInterfaces.Posts;

namespace Vrss.GrainInterfaces.Events;

/// <summary>One event of a user's live stream, as the user's event log issued it.</summary>
/// <param name="Id">Unique and increasing per user, across reactivations and silos: the SSE <c>id</c>.</param>
/// <param name="PreviousId">
/// The id the log issued just before this one (0 for the first): a reader that last saw a smaller id knows it
/// missed something and asks the log for it.
/// </param>
/// <param name="Name">The SSE event name, one of <see cref="UserEventNames"/>.</param>
/// <param name="At">When the log appended it.</param>
/// <param name="Notification">The notification, for <see cref="UserEventNames.Notification"/>.</param>
/// <param name="PostId">The post, for <see cref="UserEventNames.FeedUpdate"/> and <see cref="UserEventNames.PostDelete"/>.</param>
/// <param name="Post">The new post as its readers see it, for <see cref="UserEventNames.FeedUpdate"/>.</param>
[GenerateSerializer, Immutable]
public sealed record UserEvent(
    long Id,
    long PreviousId,
    string Name,
    DateTimeOffset At,
    NotificationView? Notification = null,
    string? PostId = null,
    PostView? Post = null);
