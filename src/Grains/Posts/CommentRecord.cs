namespace Vrss.Grains.Posts;

/// <summary>A comment on a post.</summary>
/// <param name="Id">The comment id.</param>
/// <param name="PostId">The post commented on.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Content">The text.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="EditedAt">When its author last edited it, or null.</param>
public sealed record CommentRecord(string Id, string PostId, string AuthorId, string Content, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt = null);
