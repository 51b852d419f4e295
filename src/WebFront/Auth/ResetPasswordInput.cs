using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.resetPassword</c>.</summary>
[InputRule("newPassword contains no control characters and at least 3 of: lower-case letter, upper-case letter, digit, symbol.")]
public sealed record ResetPasswordInput([property: FieldRequired] string? Token, [property: FieldRequired][property: FieldText(12, 128)] string? NewPassword);
