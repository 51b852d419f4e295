namespace Vrss.WebFront.Discovery;

/// <summary>The input of <c>discovery.searchUsers</c>.</summary>
public sealed record SearchUsersInput(string? Query, int? Limit);
