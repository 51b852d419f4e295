using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>
/// Who may see a post: the author sees everything, a follower sees public and followers posts, anyone else
/// (or nobody signed in) sees public posts. The SQL of <see cref="PostgresPostRepository"/> encodes the same rule.
/// </summary>
public static class PostAudience
{
    /// <summary>The most restricted visibility <paramref name="readerId"/> may see of the author's posts.</summary>
    public static PostVisibility MaxVisible(string authorId, string? readerId, bool readerFollowsAuthor) =>
        string.Equals(authorId, readerId, StringComparison.Ordinal) ? PostVisibility.Private
        : readerFollowsAuthor ? PostVisibility.Followers
        : PostVisibility.Public;

    /// <summary>Whether <paramref name="readerId"/> may see a post of <paramref name="authorId"/> with <paramref name="visibility"/>.</summary>
    public static bool CanSee(PostVisibility visibility, string authorId, string? readerId, bool readerFollowsAuthor) =>
        visibility <= MaxVisible(authorId, readerId, readerFollowsAuthor);
}
