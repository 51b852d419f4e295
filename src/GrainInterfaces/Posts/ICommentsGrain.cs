using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Posts;

/// <summary>
/// Comment operations addressed by comment id alone: it finds the comment's post and hands the change to that
/// post's grain (the only writer of its comments). Stateless; use key 0.
/// </summary>
public interface ICommentsGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Edits a comment (<c>post.updateComment</c>): <c>ResourceNotFound</c> when there is no such comment,
    /// <c>Forbidden</c> when <paramref name="editorId"/> did not write it, <c>PostNotFound</c> when its post is gone or
    /// hidden from the editor.
    /// </summary>
    [AlwaysInterleave]
    Task<CommentView> UpdateAsync(string editorId, string commentId, string content);
}
