namespace Vrss.WebFront.Posts;

/// <summary>The data <c>{ comment }</c>.</summary>
public sealed record CommentOutput(CommentShape Comment);
