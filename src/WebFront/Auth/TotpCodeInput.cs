namespace Vrss.WebFront.Auth;

/// <summary>The input of <c>auth.confirmTotp</c> and <c>auth.disableTotp</c>.</summary>
public sealed record TotpCodeInput(string? Code);
