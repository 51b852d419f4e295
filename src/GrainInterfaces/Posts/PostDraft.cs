namespace Vrss.GrainInterfaces.Posts;

/// <summary>A new post as its author wrote it (the input of <c>post.create</c>, checked against <see cref="PostRules"/>).</summary>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text or caption.</param>
/// <param name="MediaIds">Media to attach, in display order: the author's own, completed uploads.</param>
/// <param name="Visibility">Who may see it; null for the author's default.</param>
/// <param name="PostId">
/// The new post's id when the caller fixes it (derived from an idempotency key): when the author already has a post
/// with this id, that post is answered instead of a second one. Null for a fresh random id.
/// </param>
[GenerateSerializer, Immutable]
public sealed record PostDraft(PostType Type, string Content, IReadOnlyList<string> MediaIds, PostVisibility? Visibility, string? PostId = null);
