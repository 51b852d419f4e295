namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.changePassword</c>.</summary>
public sealed record ChangePasswordInput(string? CurrentPassword, string? NewPassword);
