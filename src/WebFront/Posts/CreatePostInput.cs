using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.create</c>.</summary>
public sealed record CreatePostInput(string? Type, string? Content, IReadOnlyList<string?>? MediaIds, PostVisibility? Visibility);
