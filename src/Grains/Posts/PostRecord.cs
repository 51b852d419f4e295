using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>A stored, not deleted post.</summary>
/// <param name="Id">The post id.</param>
/// <param name="AuthorId">The author.</param>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text.</param>
/// <param name="MediaIds">Attached media, in display order.</param>
/// <param name="Visibility">Who may see it.</param>
/// <param name="CreatedAt">When it was posted.</param>
/// <param name="UpdatedAt">When it was last edited, or null.</param>
/// <param name="CommentCount">Comments, kept in step with the comments table by the same statements that add and delete them.</param>
/// <param name="ReactionCount">Reactions of every type, kept in step with the reactions table by a trigger (Postgres) or the same lock (Memory).</param>
/// <param name="ReactionCounts">Reactions per type, kept in step the same way; types nobody chose are absent.</param>
[GenerateSerializer, Immutable]
public sealed record PostRecord(
    string Id,
    string AuthorId,
    PostType Type,
    string Content,
    IReadOnlyList<string> MediaIds,
    PostVisibility Visibility,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    int CommentCount,
    int ReactionCount,
    IReadOnlyDictionary<ReactionType, int> ReactionCounts);
