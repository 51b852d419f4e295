using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.react</c>.</summary>
public sealed record ReactInput(string? PostId, ReactionType? Reaction);
