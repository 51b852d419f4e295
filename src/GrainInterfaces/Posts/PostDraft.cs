namespace Vrss.GrainInterfaces.Posts;

/// <summary>A new post as its author wrote it (the input of <c>post.create</c>, checked against <see cref="PostRules"/>).</summary>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text or caption.</param>
/// <param name="MediaIds">Media to attach, in display order: the author's own, completed uploads.</param>
/// <param name="Visibility">Who may see it; null for the author's default.</param>
/// <param name="PostId">
/// The new post's id when the caller fixes it, so that a repeated call finds the post the first one made instead of
/// making another: derived from the call's idempotency key when it has one, else chosen once per request so a call
/// repeated after its silo left (a rolling upgrade) is safe. Null for a fresh id. Last, so silos of the previous
/// version, which do not send it, still interoperate during a rolling upgrade.
/// </param>
[GenerateSerializer, Immutable]
public sealed record PostDraft(PostType Type, string Content, IReadOnlyList<string> MediaIds, PostVisibility? Visibility, string? PostId = null);
