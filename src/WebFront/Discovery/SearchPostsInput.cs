namespace Vrss.WebFront.Discovery;

/// <summary>The input of <c>discovery.searchPosts</c>.</summary>
public sealed record SearchPostsInput(string? Query, string? Cursor, int? Limit);
