namespace Vrss.WebFront.Posts;

/// <summary>The input <c>{ postId }</c>.</summary>
public sealed record PostIdInput(string? PostId);
