namespace Vrss.GrainInterfaces.Notifications;

/// <summary>What a notification is about (API.md <c>notification.getNotifications</c>). The numbers are stored in the database.</summary>
public enum NotificationType
{
    /// <summary><c>follow</c>: the actor followed the recipient.</summary>
    Follow = 0,

    /// <summary><c>reaction</c>: the actor reacted to the recipient's post (one notification per actor and post).</summary>
    Reaction = 1,

    /// <summary><c>comment</c>: the actor commented on the recipient's post.</summary>
    Comment = 2,

    /// <summary><c>connection_request</c>: the actor asked to connect.</summary>
    ConnectionRequest = 3,

    /// <summary><c>connection_accepted</c>: the actor accepted the recipient's request.</summary>
    ConnectionAccepted = 4,

    /// <summary><c>mention</c>: the actor mentioned the recipient in a post.</summary>
    Mention = 5,
}
