namespace Vrss.WebFront.Users;

/// <summary>A credit in <c>user.updateProfile</c>.</summary>
public sealed record ProfileCreditInput(string? Title, string? Role, int? Year, string? Org);
