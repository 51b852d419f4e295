using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Posts;

/// <summary>The data of <c>post.react</c>: <c>{ reactionCounts, myReaction }</c>.</summary>
public sealed record ReactOutput(IReadOnlyDictionary<string, int> ReactionCounts, ReactionType? MyReaction);
