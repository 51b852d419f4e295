using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Accounts;

/// <summary>The input of <c>auth.changeEmail</c>.</summary>
public sealed record ChangeEmailInput([property: FieldRequired][property: FieldText(3, 254, Format = "email")] string? NewEmail, [property: FieldRequired] string? Password);
