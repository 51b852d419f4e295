using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.confirmTotp</c> and <c>auth.disableTotp</c>.</summary>
public sealed record TotpCodeInput([property: FieldRequired][property: FieldText(6, 6, Pattern = "^[0-9]{6}$")] string? Code);
