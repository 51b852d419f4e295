namespace Vrss.WebFront.Social;

/// <summary>The input of a procedure about one user, named by <c>username</c> or <c>userId</c>.</summary>
public sealed record UserRefInput(string? Username, string? UserId);
