namespace Vrss.WebFront.Social;

/// <summary>The input of a list belonging to one user, named by <c>username</c> or <c>userId</c>.</summary>
public sealed record UserPageInput(string? Username, string? UserId, string? Cursor, int? Limit);
