namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.login</c>: <c>login</c> is a username or an email; a TOTP code or a recovery code.</summary>
public sealed record LoginInput(string? Login, string? Password, string? TotpCode, string? RecoveryCode);
