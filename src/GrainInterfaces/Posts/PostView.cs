using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Posts;

/// <summary>A post as a reader sees it (the <c>post</c> of API.md).</summary>
/// <param name="Id">The post id.</param>
/// <param name="Author">The author's card.</param>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text, exactly as written (plain text).</param>
/// <param name="Media">Attached media, in the author's order.</param>
/// <param name="Visibility">Who may see it.</param>
/// <param name="ReactionCounts">Reactions per type; types nobody chose are absent.</param>
/// <param name="CommentCount">How many comments it has.</param>
/// <param name="CreatedAt">When it was posted.</param>
/// <param name="UpdatedAt">When it was last edited, or null.</param>
[GenerateSerializer, Immutable]
public sealed record PostView(
    string Id,
    UserCard Author,
    PostType Type,
    string Content,
    IReadOnlyList<PostMedia> Media,
    PostVisibility Visibility,
    IReadOnlyDictionary<ReactionType, int> ReactionCounts,
    int CommentCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt);
