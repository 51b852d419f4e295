namespace Vrss.Grains.Posts;

/// <summary>A post's counters as recounted from the comments and reactions tables.</summary>
/// <param name="CommentCount">Comments on the post.</param>
/// <param name="ReactionCount">Reactions of every type.</param>
public sealed record PostCounters(int CommentCount, int ReactionCount);
