using Vrss.GrainInterfaces.Posts;
using Vrss.WebFront.Social;

namespace Vrss.WebFront.Posts;

/// <summary>A comment on the wire: <c>id, postId, author, content, createdAt, editedAt</c> (null until its author edits it).</summary>
public sealed record CommentShape(string Id, string PostId, UserCardShape Author, string Content, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt)
{
    /// <summary>The wire form of a comment.</summary>
    public static CommentShape From(CommentView comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new(comment.Id, comment.PostId, UserCardShape.From(comment.Author), comment.Content, comment.CreatedAt, comment.EditedAt);
    }
}
