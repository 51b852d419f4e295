namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.requestPasswordReset</c>.</summary>
public sealed record RequestPasswordResetInput(string? Email);
