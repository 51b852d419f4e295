namespace Vrss.GrainInterfaces.Posts;

/// <summary>
/// Who may see a post. The numbers are stored in the database and are ordered: a reader sees a post when its
/// visibility is at most the reader's relationship to the author (0 anyone, 1 a follower, 2 the author).
/// </summary>
public enum PostVisibility
{
    /// <summary><c>public</c>: everyone, signed in or not.</summary>
    Public = 0,

    /// <summary><c>followers</c>: the author and their followers.</summary>
    Followers = 1,

    /// <summary><c>private</c>: the author only.</summary>
    Private = 2,
}
