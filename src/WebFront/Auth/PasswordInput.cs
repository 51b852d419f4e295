using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.enableTotp</c> and <c>auth.regenerateRecoveryCodes</c>: the password, asked again.</summary>
public sealed record PasswordInput([property: FieldRequired] string? Password);
