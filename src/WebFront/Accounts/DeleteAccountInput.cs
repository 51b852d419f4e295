using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Accounts;

/// <summary>The input of <c>user.deleteAccount</c>: the password and, when two-factor is on, a TOTP code or a recovery code.</summary>
[InputRule("Give totpCode or recoveryCode, not both (400 / 1201); one of them is required when two-factor is on (401 / 1003).")]
public sealed record DeleteAccountInput([property: FieldRequired] string? Password, [property: FieldText(6, 6, Pattern = "^[0-9]{6}$")] string? TotpCode, [property: FieldText(1, 64)] string? RecoveryCode);
