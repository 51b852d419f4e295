namespace Vrss.GrainInterfaces.Posts;

/// <summary>A post's reaction counts after a reaction changed, and the caller's reaction.</summary>
/// <param name="ReactionCounts">Reactions per type; types nobody chose are absent.</param>
/// <param name="MyReaction">The caller's reaction, or null.</param>
[GenerateSerializer, Immutable]
public sealed record ReactionSummary(IReadOnlyDictionary<ReactionType, int> ReactionCounts, ReactionType? MyReaction);
