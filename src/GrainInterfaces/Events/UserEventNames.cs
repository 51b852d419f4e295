namespace Vrss.GrainInterfaces.Events;

/// <summary>The event names of the live stream (API.md "Live stream"), as written in each SSE <c>event:</c> line.</summary>
public static class UserEventNames
{
    /// <summary>A new notification; the data is the notification.</summary>
    public const string Notification = "notification";

    /// <summary>A new post in the reader's home feed; the data is <c>{ "post": ... }</c>.</summary>
    public const string FeedUpdate = "feed.update";

    /// <summary>A post left the reader's home feed because it was deleted; the data is <c>{ "postId": ... }</c>.</summary>
    public const string PostDelete = "post.delete";
}
