namespace Vrss.WebFront.Auth;

/// <summary>The data of <c>auth.confirmTotp</c> and <c>auth.regenerateRecoveryCodes</c>: codes shown this once.</summary>
public sealed record RecoveryCodesOutput(IReadOnlyList<string> RecoveryCodes);
