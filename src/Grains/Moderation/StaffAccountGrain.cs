using System.Security.Cryptography;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Sessions;
using Vrss.Grains.Users;

namespace Vrss.Grains.Moderation;

/// <summary>
/// An admin's actions on one account's credentials and existence. Credentials are changed in the users row under its
/// version (as the User grain changes them), then the User grain reads the row again; the audit entry is written first,
/// so an action that fails half-way is still on record and doing it again completes it.
/// </summary>
public sealed class StaffAccountGrain(
    IUserRepository users,
    ISessionRepository sessions,
    IAuditLogRepository audit,
    PasswordHashing passwords,
    TimeProvider time) : Grain, IStaffAccountGrain
{
    // A concurrent credential write by the User grain (a login recording a TOTP step) makes a version check fail.
    private const int CredentialAttempts = 5;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task ForcePasswordResetAsync(StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        await ExistingAsync();
        await AppendAsync(AuditActions.ForcePasswordReset, why);

        // The hash of a secret nobody holds: every password is wrong (at the cost of a real check, so a sign-in
        // attempt does not reveal the reset by its timing) until auth.resetPassword sets a new one.
        await UpdateCredentialsAsync(c => c with { PasswordHash = passwords.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))) });
        await RevokeSessionsAsync();
        await GrainFactory.GetGrain<IUserGrain>(Id).SendPasswordResetAsync();
    }

    /// <inheritdoc />
    public async Task ResetTwoFactorAsync(StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        await ExistingAsync();
        await AppendAsync(AuditActions.ResetTwoFactor, why);
        await UpdateCredentialsAsync(c => c with { TotpSecret = null, TotpPendingSecret = null, RecoveryCodeHashes = null });
    }

    /// <inheritdoc />
    public async Task DeleteAsync(StaffReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        await ExistingAsync();
        await AppendAsync(AuditActions.DeleteAccount, why);
        await GrainFactory.GetGrain<IAccountGrain>(Id).PurgeNowAsync();
    }

    private async Task<UserRecord> ExistingAsync() =>
        await users.GetAsync(Id) ?? throw new VrssException(ErrorCode.UserNotFound, "No such user.");

    private async Task UpdateCredentialsAsync(Func<UserCredentials, UserCredentials> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var account = await ExistingAsync();
            if (await users.UpdateCredentialsAsync(Id, account.Credentials.Version, change(account.Credentials)))
            {
                break;
            }

            if (attempt == CredentialAttempts)
            {
                throw new Orleans.Storage.InconsistentStateException($"The credentials of user {Id} kept changing; try again.");
            }
        }

        await GrainFactory.GetGrain<IUserAccountGrain>(Id).ReloadAccountAsync();
    }

    private async Task RevokeSessionsAsync()
    {
        var hashes = await sessions.ListTokenHashesAsync(Id);
        await Task.WhenAll(hashes.Select(h => GrainFactory.GetGrain<ISessionGrain>(Convert.ToHexStringLower(h)).RevokeAsync()));
    }

    private Task AppendAsync(string action, StaffReason why) =>
        audit.AppendAsync(new AuditEntry(Guid.CreateVersion7().ToString("N"), why.ActorId, action, "user", Id, Id, why.Reason, null, time.GetUtcNow()));
}
