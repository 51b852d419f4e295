using Vrss.GrainInterfaces.Posts;

namespace Vrss.Grains.Posts;

/// <summary>A post to store (its counters start at zero).</summary>
/// <param name="Id">The post id (the Post grain's key).</param>
/// <param name="AuthorId">The author.</param>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text.</param>
/// <param name="MediaIds">Attached media, in display order.</param>
/// <param name="Visibility">Who may see it.</param>
/// <param name="CreatedAt">When it was posted.</param>
public sealed record NewPost(
    string Id,
    string AuthorId,
    PostType Type,
    string Content,
    IReadOnlyList<string> MediaIds,
    PostVisibility Visibility,
    DateTimeOffset CreatedAt);
