using System.Text.Json.Serialization;

namespace Vrss.GrainInterfaces.Notifications;

/// <summary>
/// What a notification is about (API.md <c>notification.getNotifications</c>). The numbers are stored in the
/// database; the wire names (snake_case, as API.md spells them) apply wherever enums are written as strings.
/// </summary>
public enum NotificationType
{
    /// <summary><c>follow</c>: the actor followed the recipient.</summary>
    [JsonStringEnumMemberName("follow")]
    Follow = 0,

    /// <summary><c>reaction</c>: the actor reacted to the recipient's post (one notification per actor and post).</summary>
    [JsonStringEnumMemberName("reaction")]
    Reaction = 1,

    /// <summary><c>comment</c>: the actor commented on the recipient's post.</summary>
    [JsonStringEnumMemberName("comment")]
    Comment = 2,

    /// <summary><c>connection_request</c>: the actor asked to connect.</summary>
    [JsonStringEnumMemberName("connection_request")]
    ConnectionRequest = 3,

    /// <summary><c>connection_accepted</c>: the actor accepted the recipient's request.</summary>
    [JsonStringEnumMemberName("connection_accepted")]
    ConnectionAccepted = 4,

    /// <summary><c>mention</c>: the actor mentioned the recipient in a post or a comment.</summary>
    [JsonStringEnumMemberName("mention")]
    Mention = 5,

    /// <summary><c>follow_request</c>: the actor asked to follow the recipient, who approves followers.</summary>
    [JsonStringEnumMemberName("follow_request")]
    FollowRequest = 6,

    /// <summary>
    /// <c>content_removed</c>: staff removed the recipient's post (or a comment of theirs on it); the notification
    /// carries the staff's reason. The actor is the recipient: staff stay anonymous.
    /// </summary>
    [JsonStringEnumMemberName("content_removed")]
    ContentRemoved = 7,
}
