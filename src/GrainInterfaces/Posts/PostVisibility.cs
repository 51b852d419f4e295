namespace Vrss.GrainInterfaces.Posts;

/// <summary>
/// Who may see a post. The numbers are stored in the database (and match <c>Visibility</c>'s): public, followers
/// and private are ordered by the reader's relationship to the author (0 anyone, 1 a follower, 2 the author);
/// connections stands beside followers, not above it, so every check names it on its own.
/// </summary>
public enum PostVisibility
{
    /// <summary><c>public</c>: everyone, signed in or not.</summary>
    Public = 0,

    /// <summary><c>followers</c>: the author and their followers.</summary>
    Followers = 1,

    /// <summary><c>private</c>: the author only.</summary>
    Private = 2,

    /// <summary><c>connections</c>: the author and their accepted connections (following is not enough).</summary>
    Connections = 3,
}
