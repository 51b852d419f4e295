namespace Vrss.Grains.Users;

/// <summary>The credential part of an account row. <see cref="Version"/> guards every update against a stale writer.</summary>
/// <param name="PasswordHash">The PBKDF2 hash.</param>
/// <param name="EmailVerifiedAt">When the email was verified, if it was.</param>
/// <param name="TotpSecret">The active TOTP secret, when two-factor is on, encrypted by <see cref="SecondFactor"/>.</param>
/// <param name="TotpPendingSecret">A secret waiting for its first code (set-up in progress), encrypted likewise.</param>
/// <param name="TotpLastStep">The last TOTP step accepted; no code of this step or earlier works again.</param>
/// <param name="Version">Starts at 1, plus one per update.</param>
/// <param name="RecoveryCodeHashes">The hashes of the unused recovery codes (<see cref="RecoveryCodes"/>), when two-factor is on.</param>
public sealed record UserCredentials(
    string PasswordHash,
    DateTimeOffset? EmailVerifiedAt,
    byte[]? TotpSecret,
    byte[]? TotpPendingSecret,
    long TotpLastStep,
    long Version,
    byte[][]? RecoveryCodeHashes = null)
{
    /// <summary>Whether two-factor authentication is on.</summary>
    public bool TotpEnabled => TotpSecret is not null;
}
