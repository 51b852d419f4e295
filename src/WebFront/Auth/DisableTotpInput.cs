namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.disableTotp</c>: the password and either a TOTP <c>code</c> or a <c>recoveryCode</c>.</summary>
public sealed record DisableTotpInput(string? Password, string? Code, string? RecoveryCode);
