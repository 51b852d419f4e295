namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.resetPassword</c>.</summary>
public sealed record ResetPasswordInput(string? Token, string? NewPassword);
