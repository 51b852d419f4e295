namespace Vrss.Grains.Delivery;

/// <summary>The kinds of <see cref="FeedChange"/>.</summary>
public enum FeedChangeKind
{
    /// <summary>A post joins the feeds.</summary>
    PostAdded,

    /// <summary>A post leaves the feeds.</summary>
    PostRemoved,

    /// <summary>The feed's owner followed an author.</summary>
    Followed,

    /// <summary>The feed's owner unfollowed an author.</summary>
    Unfollowed,

    /// <summary>An author moved between fan-out and read-time merge.</summary>
    AuthorModeChanged,
}
