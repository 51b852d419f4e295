namespace Vrss.GrainInterfaces.Posts;

/// <summary>What the author's User grain hands the new Post grain: a checked draft with its author and visibility.</summary>
/// <param name="AuthorId">The author.</param>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text or caption.</param>
/// <param name="MediaIds">Attached media (already checked to be the author's completed uploads of the right kind).</param>
/// <param name="Visibility">Who may see it.</param>
/// <param name="AuthorIsPulled">Whether the author's posts are merged into feeds at read time instead of fanned out.</param>
/// <param name="FollowerIds">
/// The author's follower ids as the author's grain holds them, for fan-out without a query; null when it holds none
/// (not loaded yet, or changed while loading), and the fan-out reads them from the table.
/// </param>
[GenerateSerializer, Immutable]
public sealed record PostCreation(
    string AuthorId,
    PostType Type,
    string Content,
    IReadOnlyList<string> MediaIds,
    PostVisibility Visibility,
    bool AuthorIsPulled,
    IReadOnlyList<string>? FollowerIds = null);
