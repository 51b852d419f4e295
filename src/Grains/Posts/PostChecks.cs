using Vrss.GrainInterfaces.Errors;
using Vrss.Grains.Data;

namespace Vrss.Grains.Posts;

/// <summary>Checks the post repositories share, so Memory and Postgres refuse the same calls the same way.</summary>
internal static class PostChecks
{
    public static NewPost Normalize(NewPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        Guard.Id(post.Id, nameof(post.Id));
        Guard.Id(post.AuthorId, nameof(post.AuthorId));
        ArgumentNullException.ThrowIfNull(post.Content);
        Guard.Defined(post.Type, nameof(post.Type));
        Guard.Defined(post.Visibility, nameof(post.Visibility));
        var mediaIds = post.MediaIds ?? throw new ArgumentNullException(nameof(post), "MediaIds is null.");
        foreach (var mediaId in mediaIds)
        {
            Guard.Id(mediaId, nameof(post.MediaIds));
        }

        return post with { MediaIds = [.. mediaIds], CreatedAt = DbTime.Normalize(post.CreatedAt) };
    }

    public static CommentRecord Normalize(CommentRecord comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        Guard.Id(comment.Id, nameof(comment.Id));
        Guard.Id(comment.PostId, nameof(comment.PostId));
        Guard.Id(comment.AuthorId, nameof(comment.AuthorId));
        ArgumentNullException.ThrowIfNull(comment.Content);
        return comment with { CreatedAt = DbTime.Normalize(comment.CreatedAt) };
    }

    public static VrssException PostNotFound() => new(ErrorCode.PostNotFound, "post not found");
}
