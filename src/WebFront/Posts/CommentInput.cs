namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.comment</c>.</summary>
public sealed record CommentInput(string? PostId, string? Content);
