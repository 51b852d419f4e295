namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.deleteComment</c>.</summary>
public sealed record CommentIdInput(string? CommentId);
