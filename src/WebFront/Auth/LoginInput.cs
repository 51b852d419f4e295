namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.login</c>: <c>login</c> is a username or an email.</summary>
public sealed record LoginInput(string? Login, string? Password, string? TotpCode);
