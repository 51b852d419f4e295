namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.verifyEmail</c>.</summary>
public sealed record VerifyEmailInput(string? Token);
