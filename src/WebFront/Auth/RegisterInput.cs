namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.register</c>.</summary>
public sealed record RegisterInput(string? Username, string? Email, string? Password, string? DisplayName);
