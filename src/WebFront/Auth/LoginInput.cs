using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.login</c>: <c>login</c> is a username or an email; a TOTP code or a recovery code.</summary>
[InputRule("Give totpCode or recoveryCode, not both (400 / 1201); login is trimmed before its length is checked.")]
public sealed record LoginInput([property: FieldRequired][property: FieldText(1, 254)] string? Login, [property: FieldRequired] string? Password, [property: FieldText(6, 6, Pattern = "^[0-9]{6}$")] string? TotpCode, [property: FieldText(1, 64)] string? RecoveryCode);
