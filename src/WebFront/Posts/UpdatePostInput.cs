using Vrss.GrainInterfaces.Posts;

namespace Vrss.WebFront.Posts;

/// <summary>The input of <c>post.update</c>.</summary>
public sealed record UpdatePostInput(string? PostId, string? Content, PostVisibility? Visibility);
