namespace Vrss.WebFront.Posts;

/// <summary>The data of <c>post.unreact</c>: <c>{ reactionCounts }</c>.</summary>
public sealed record UnreactOutput(IReadOnlyDictionary<string, int> ReactionCounts);
