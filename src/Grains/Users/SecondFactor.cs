using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>
/// Two-factor authentication over an account's credentials: TOTP secrets encrypted at rest with Data Protection,
/// single-use TOTP steps and recovery codes. Pure decisions over <see cref="UserCredentials"/>; the account's grain
/// writes what they return, under the credential version.
/// </summary>
public sealed class SecondFactor(IDataProtectionProvider protection, IOptions<AccountOptions> options, TimeProvider time)
{
    // Secrets were stored as the 20 raw bytes before they were encrypted; a Data Protection payload is far longer.
    private const int PlaintextSecretLength = 20;

    /// <summary>The Data Protection purpose of TOTP secrets; another purpose cannot decrypt them.</summary>
    public const string Purpose = "Vrss.Users.TotpSecret";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>Starts set-up: a new secret, stored encrypted as pending, and what an authenticator app needs.</summary>
    public (UserCredentials Credentials, TotpSetup Setup) Begin(UserCredentials credentials, string username)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.TotpEnabled)
        {
            throw new VrssException(ErrorCode.Conflict, "Two-factor authentication is already on; disable it first.");
        }

        var secret = RandomNumberGenerator.GetBytes(PlaintextSecretLength);
        var encoded = Base32.Encode(secret);
        var issuer = Uri.EscapeDataString(options.Value.TotpIssuer);
        var label = Uri.EscapeDataString($"{options.Value.TotpIssuer}:{username}");
        var setup = new TotpSetup(encoded, $"otpauth://totp/{label}?secret={encoded}&issuer={issuer}&algorithm=SHA1&digits={TotpAlgorithm.Digits}&period=30");
        return (credentials with { TotpPendingSecret = _protector.Protect(secret) }, setup);
    }

    /// <summary>Turns two-factor on with a code of the pending secret, issuing fresh recovery codes.</summary>
    public (UserCredentials Credentials, IReadOnlyList<string> RecoveryCodes) Confirm(UserCredentials credentials, string userId, string code)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.TotpPendingSecret is not { } pending)
        {
            throw new VrssException(ErrorCode.Conflict, "No two-factor set-up is in progress; call auth.enableTotp first.");
        }

        if (!TryMatch(pending, code, credentials.TotpLastStep, out var step))
        {
            throw WrongCode("code");
        }

        var (codes, hashes) = RecoveryCodes.Create(userId);
        return (credentials with { TotpSecret = pending, TotpPendingSecret = null, TotpLastStep = step, RecoveryCodeHashes = hashes }, codes);
    }

    /// <summary>Turns two-factor off with a current TOTP code or a recovery code; its recovery codes go with it.</summary>
    public UserCredentials Disable(UserCredentials credentials, string userId, string? code, string? recoveryCode)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (!credentials.TotpEnabled)
        {
            throw new VrssException(ErrorCode.Conflict, "Two-factor authentication is not on.");
        }

        return Check(credentials, userId, code, recoveryCode, out var checkedCredentials) == LoginStatus.Succeeded
            ? checkedCredentials with { TotpSecret = null, TotpPendingSecret = null, RecoveryCodeHashes = null }
            : throw WrongCode(recoveryCode is null ? "code" : "recoveryCode");
    }

    /// <summary>Replaces the recovery codes (the old ones stop working).</summary>
    public (UserCredentials Credentials, IReadOnlyList<string> RecoveryCodes) RegenerateRecoveryCodes(UserCredentials credentials, string userId)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (!credentials.TotpEnabled)
        {
            throw new VrssException(ErrorCode.Conflict, "Two-factor authentication is not on.");
        }

        var (codes, hashes) = RecoveryCodes.Create(userId);
        return (credentials with { RecoveryCodeHashes = hashes }, codes);
    }

    /// <summary>
    /// The second factor of a sign-in whose password was right: a TOTP code, or else a recovery code. On success
    /// <paramref name="updated"/> no longer accepts what was used (its TOTP step, or the recovery code).
    /// </summary>
    public LoginStatus Check(UserCredentials credentials, string userId, string? totpCode, string? recoveryCode, out UserCredentials updated)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        updated = credentials;
        if (credentials.TotpSecret is not { } secret)
        {
            return LoginStatus.Succeeded;
        }

        if (!string.IsNullOrEmpty(totpCode))
        {
            if (!TryMatch(secret, totpCode, credentials.TotpLastStep, out var step))
            {
                return LoginStatus.InvalidTotpCode;
            }

            updated = credentials with { TotpLastStep = step };
            return LoginStatus.Succeeded;
        }

        if (!string.IsNullOrEmpty(recoveryCode))
        {
            if (!RecoveryCodes.TryRedeem(credentials.RecoveryCodeHashes, userId, recoveryCode, out var remaining))
            {
                return LoginStatus.InvalidTotpCode;
            }

            updated = credentials with { RecoveryCodeHashes = remaining };
            return LoginStatus.Succeeded;
        }

        return LoginStatus.TotpRequired;
    }

    /// <summary>
    /// Credentials whose secrets were stored before encryption, encrypted now; null when there is nothing to rewrite.
    /// The account's grain calls it on activation, so a plaintext secret is rewritten the first time it is loaded.
    /// </summary>
    public UserCredentials? EncryptPlaintext(UserCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (!IsPlaintext(credentials.TotpSecret) && !IsPlaintext(credentials.TotpPendingSecret))
        {
            return null;
        }

        return credentials with
        {
            TotpSecret = IsPlaintext(credentials.TotpSecret) ? _protector.Protect(credentials.TotpSecret!) : credentials.TotpSecret,
            TotpPendingSecret = IsPlaintext(credentials.TotpPendingSecret) ? _protector.Protect(credentials.TotpPendingSecret!) : credentials.TotpPendingSecret,
        };
    }

    private bool TryMatch(byte[] storedSecret, string code, long lastStep, out long step) =>
        TotpAlgorithm.TryMatch(Reveal(storedSecret), code, time.GetUtcNow(), options.Value.TotpAllowedDriftSteps, lastStep, out step);

    private byte[] Reveal(byte[] stored) => IsPlaintext(stored) ? stored : _protector.Unprotect(stored);

    private static bool IsPlaintext(byte[]? stored) => stored is { Length: PlaintextSecretLength };

    private static VrssException WrongCode(string field) => VrssException.Invalid(field, "The code is wrong or was already used.", ErrorCode.InvalidToken);
}
