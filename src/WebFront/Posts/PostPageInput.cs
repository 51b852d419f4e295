namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.getComments</c>.</summary>
public sealed record PostPageInput(string? PostId, string? Cursor, int? Limit);
