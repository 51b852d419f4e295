using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>
/// Who may see a post: the author sees everything, a follower sees public and followers posts, a connection sees
/// public and connections posts, anyone else (or nobody signed in) sees public posts. The SQL of
/// <see cref="PostgresPostRepository"/> encodes the same rule (<see cref="PostStatements.VisibleToReader"/>).
/// </summary>
public static class PostAudience
{
    /// <summary>Whether <paramref name="readerId"/> may see a post of <paramref name="authorId"/> with <paramref name="visibility"/>.</summary>
    public static bool CanSee(PostVisibility visibility, string authorId, string? readerId, bool readerFollowsAuthor, bool readerIsConnected) =>
        visibility == PostVisibility.Public
        || string.Equals(authorId, readerId, StringComparison.Ordinal)
        || (visibility == PostVisibility.Followers && readerFollowsAuthor)
        || (visibility == PostVisibility.Connections && readerIsConnected);

    /// <summary>
    /// Whether seeing a post of this visibility depends on the follow edge (<see cref="PostVisibility.Followers"/>) or the
    /// connection edge (<see cref="PostVisibility.Connections"/>) between a reader who is not the author and the author,
    /// so callers read only the edge that matters.
    /// </summary>
    public static (bool NeedsFollow, bool NeedsConnection) EdgesFor(PostVisibility visibility) =>
        (visibility == PostVisibility.Followers, visibility == PostVisibility.Connections);
}
