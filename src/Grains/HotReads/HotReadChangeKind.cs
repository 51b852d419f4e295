namespace Vrss.Grains.HotReads;

/// <summary>The kinds of <see cref="HotReadChange"/>.</summary>
public enum HotReadChangeKind
{
    /// <summary>A post was created, edited, deleted, or its counts changed.</summary>
    Post,

    /// <summary>A user's card (username, display name, avatar) changed, or the account is gone.</summary>
    Card,

    /// <summary>A medium was deleted.</summary>
    MediaRemoved,

    /// <summary>An author is hidden for one more reason (<see cref="HotReadChange.Reason"/>).</summary>
    AuthorHidden,

    /// <summary>One reason an author was hidden for is lifted (<see cref="HotReadChange.Reason"/>).</summary>
    AuthorShown,
}
