using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Posts;

/// <summary>Comments on posts. Adding and deleting keep the post's comment count in the same statement.</summary>
public interface ICommentRepository
{
    /// <summary>Stores the comment and counts it on its post; false when the id is taken (nothing changes then).</summary>
    /// <exception cref="GrainInterfaces.Errors.VrssException">The post does not exist or was deleted (<c>POST_NOT_FOUND</c>).</exception>
    Task<bool> AddAsync(CommentRecord comment);

    /// <summary>The comment, or null.</summary>
    Task<CommentRecord?> GetAsync(string commentId);

    /// <summary>Deletes the comment and uncounts it; the deleted comment, or null. Ownership is the caller's check (<see cref="GetAsync"/> first).</summary>
    Task<CommentRecord?> DeleteAsync(string commentId);

    /// <summary>Replaces the text of <paramref name="authorId"/>'s comment and stamps <c>EditedAt</c>; the edited comment, or null when it does not exist or is someone else's.</summary>
    Task<CommentRecord?> UpdateAsync(string commentId, string authorId, string content, DateTimeOffset editedAt);

    /// <summary>The post's comments, oldest first.</summary>
    Task<Page<CommentRecord>> GetByPostAsync(string postId, string? cursor, int limit);

    /// <summary>Counts the post's comments from the comments table.</summary>
    Task<int> CountAsync(string postId);
}
