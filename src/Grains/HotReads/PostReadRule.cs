using Vrss.Grains.Posts;

namespace Vrss.Grains.HotReads;

/// <summary>
/// Whether a reader may see a post held in memory: the one rule every hot read applies (the home feed, the post's
/// own grain), given what the reader's side knows about its relation to the author and the silo's hidden authors. A new "hide this" rule (a
/// block, a removed post, another audience) is one more field of <see cref="PostReader"/> or <see cref="PostRecord"/>
/// and one more condition here; the SQL lists keep their own copy of the rule (<see cref="PostAudience"/>).
/// </summary>
public static class PostReadRule
{
    /// <summary>Whether <paramref name="reader"/> may see <paramref name="post"/>, given the silo's <paramref name="hidden"/> authors.</summary>
    public static bool MaySee(PostRecord post, PostReader reader, HiddenAuthors hidden)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(hidden);
        return !hidden.Hides(post.AuthorId, reader.ReaderId)
            && PostAudience.CanSee(post.Visibility, post.AuthorId, reader.ReaderId, reader.FollowsAuthor, reader.ConnectedToAuthor);
    }
}
