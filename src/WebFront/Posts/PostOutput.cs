namespace Vrss.WebFront.Posts;

/// <summary>The data <c>{ post }</c>.</summary>
public sealed record PostOutput(PostShape Post);
