using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.disableTotp</c>: the password and either a TOTP <c>code</c> or a <c>recoveryCode</c>.</summary>
[OneOfFields("code", "recoveryCode")]
[InputRule("Give code or recoveryCode, not both (400 / 1201).")]
public sealed record DisableTotpInput([property: FieldRequired] string? Password, [property: FieldText(6, 6, Pattern = "^[0-9]{6}$")] string? Code, [property: FieldText(1, 64)] string? RecoveryCode);
