using Microsoft.AspNetCore.Identity;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>Two-factor set-up of the account; the decisions are <see cref="SecondFactor"/>'s, the writes the grain's.</summary>
public sealed partial class UserGrain
{
    /// <inheritdoc />
    public async Task<TotpSetup> EnableTotpAsync(string password)
    {
        RequirePassword(password);
        var (credentials, setup) = secondFactor.Begin(Account.Credentials, Account.Username);
        await SaveCredentialsAsync(credentials);
        return setup;
    }

    /// <inheritdoc />
    public async Task<RecoveryCodeList> ConfirmTotpAsync(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var (credentials, codes) = secondFactor.Confirm(Account.Credentials, Id, code);
        await SaveCredentialsAsync(credentials);
        return new RecoveryCodeList(codes);
    }

    /// <inheritdoc />
    public async Task DisableTotpAsync(string password, string? code, string? recoveryCode)
    {
        RequirePassword(password);
        await SaveCredentialsAsync(secondFactor.Disable(Account.Credentials, Id, code, recoveryCode));
    }

    /// <inheritdoc />
    public async Task<RecoveryCodeList> RegenerateRecoveryCodesAsync(string password)
    {
        RequirePassword(password);
        var (credentials, codes) = secondFactor.RegenerateRecoveryCodes(Account.Credentials, Id);
        await SaveCredentialsAsync(credentials);
        return new RecoveryCodeList(codes);
    }

    // Changing the second factor asks for the password again: a session alone (a borrowed laptop) is not enough.
    private void RequirePassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (passwords.Verify(Account.Credentials.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            throw VrssException.Invalid("password", "The password is incorrect.", ErrorCode.InvalidCredentials);
        }
    }
}
