using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.GrainInterfaces.Posts;

/// <summary>
/// One post, keyed by its id: the only writer of its reactions and comments, so their counts stay exact however
/// many users react at once. Every read checks the reader against the post's visibility; a post the reader may
/// not see answers <c>PostNotFound</c>, exactly as a post that does not exist.
/// </summary>
public interface IPostGrain : IGrainWithStringKey
{
    /// <summary>Stores the post under this grain's key and delivers it to home feeds. Called by the author's User grain.</summary>
    Task<PostView> CreateAsync(PostCreation creation);

    /// <summary>The post as <paramref name="readerId"/> (null: signed out) sees it.</summary>
    [ReadOnly]
    Task<PostView> GetAsync(string? readerId);

    /// <summary>Edits content and/or visibility (null leaves it); author only (<c>Forbidden</c> otherwise); sets <c>updatedAt</c>.</summary>
    Task<PostView> UpdateAsync(string editorId, string? content, PostVisibility? visibility);

    /// <summary>Deletes the post; author only. It leaves every feed and list. Called by the author's User grain.</summary>
    Task DeleteAsync(string requesterId);

    /// <summary>Sets the user's one reaction (new or switched).</summary>
    Task<ReactionSummary> ReactAsync(string userId, ReactionType reaction);

    /// <summary>Removes the user's reaction, if any.</summary>
    Task<ReactionSummary> UnreactAsync(string userId);

    /// <summary>
    /// Adds a comment (content checked by <see cref="PostRules.Comment"/>). With <paramref name="commentId"/> (derived
    /// from an idempotency key), a comment of this user on this post with that id is answered instead of a second one.
    /// </summary>
    Task<CommentView> CommentAsync(string userId, string content, string? commentId);

    /// <summary>The comments, oldest first, for a reader who may see the post.</summary>
    [ReadOnly]
    Task<Page<CommentView>> GetCommentsAsync(string? readerId, string? cursor, int limit);

    /// <summary>
    /// Replaces the text of a comment of this post (checked by <see cref="PostRules.Comment"/>) and stamps its
    /// <c>EditedAt</c>; allowed to the comment's author only (<c>Forbidden</c> otherwise), while they may see the post.
    /// </summary>
    Task<CommentView> UpdateCommentAsync(string editorId, string commentId, string content);

    /// <summary>Deletes a comment of this post; allowed to the comment's author and the post's author.</summary>
    Task DeleteCommentAsync(string requesterId, string commentId);
}
