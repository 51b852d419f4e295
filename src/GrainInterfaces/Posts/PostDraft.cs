namespace Vrss.GrainInterfaces.Posts;

/// <summary>A new post as its author wrote it (the input of <c>post.create</c>, checked against <see cref="PostRules"/>).</summary>
/// <param name="Type">The kind of post.</param>
/// <param name="Content">The text or caption.</param>
/// <param name="MediaIds">Media to attach, in display order: the author's own, completed uploads.</param>
/// <param name="Visibility">Who may see it; null for the author's default.</param>
[GenerateSerializer, Immutable]
public sealed record PostDraft(PostType Type, string Content, IReadOnlyList<string> MediaIds, PostVisibility? Visibility);
