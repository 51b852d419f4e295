using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Email;
using Vrss.Grains.HotReads;
using Vrss.Grains.Media.Storage;
using Vrss.Grains.Sessions;
using Vrss.Grains.Social;
using Vrss.Grains.Users;

namespace Vrss.Grains.Accounts;

/// <summary>
/// The lifecycle of one account (<see cref="IAccountGrain"/>). It holds no state of its own: the account row, the
/// tables and the User grain are the truth, and one request at a time per account keeps a rename, an email change
/// and a purge of the same account from overlapping.
/// </summary>
public sealed partial class AccountGrain(
    IUserRepository users,
    ISessionRepository sessions,
    IFollowRepository follows,
    IAccountDataRepository data,
    IEmailChangeRepository emailChanges,
    IExportRepository exports,
    IEmailTokenRepository tokens,
    IEmailSender email,
    IMediaStore store,
    AccountExportWriter exportWriter,
    HotReadClient hot,
    IOptions<AccountLifecycleOptions> options,
    IOptions<AccountOptions> accountOptions,
    TimeProvider time,
    ILogger<AccountGrain> logger) : Grain, IAccountGrain
{
    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<DateTimeOffset> RequestDeletionAsync(string password, string? totpCode, string? recoveryCode)
    {
        var account = await ExistingAsync();
        if (account.PurgeAt is { } scheduled)
        {
            return scheduled;
        }

        await CheckPasswordAsync(password, totpCode, recoveryCode, secondFactor: true);
        var purgeAt = time.GetUtcNow() + options.Value.DeletionGracePeriod;
        await users.SetPurgeAtAsync(Id, purgeAt);

        // The account's posts leave every read from now on (the SQL read paths probe users.purge_at).
        await hot.AuthorHiddenAsync(Id, HiddenReasons.PendingDeletion, hidden: true);
        await GrainFactory.GetGrain<IUserAccountGrain>(Id).ReloadAccountAsync();
        await RevokeSessionsAsync();
        LogDeletionScheduled(logger, Id, purgeAt);
        return purgeAt;
    }

    /// <inheritdoc />
    public async Task<bool> CancelDeletionAsync()
    {
        if (await users.GetAsync(Id) is not { PurgeAt: not null })
        {
            return false;
        }

        await users.SetPurgeAtAsync(Id, null);
        await hot.AuthorHiddenAsync(Id, HiddenReasons.PendingDeletion, hidden: false);
        await GrainFactory.GetGrain<IUserAccountGrain>(Id).ReloadAccountAsync();
        return true;
    }

    private async Task<UserRecord> ExistingAsync() =>
        await users.GetAsync(Id) ?? throw new VrssException(ErrorCode.UserNotFound, "No such user.");

    // The User grain checks the password (and spends a TOTP code there, so each is accepted once).
    private async Task CheckPasswordAsync(string password, string? totpCode, string? recoveryCode, bool secondFactor)
    {
        ArgumentNullException.ThrowIfNull(password);
        var result = await GrainFactory.GetGrain<IUserGrain>(Id).VerifyLoginAsync(password, secondFactor ? totpCode : null, secondFactor ? recoveryCode : null);
        switch (result.Status)
        {
            case LoginStatus.Succeeded:
            case LoginStatus.TotpRequired when !secondFactor:
                return;
            case LoginStatus.TotpRequired:
                throw VrssException.Invalid("totpCode", "Two-factor is on: give a current totpCode or a recoveryCode.", ErrorCode.InvalidToken);
            case LoginStatus.InvalidTotpCode:
                throw VrssException.Invalid(recoveryCode is null ? "totpCode" : "recoveryCode", "The two-factor code is wrong or was already used.", ErrorCode.InvalidToken);
            case LoginStatus.EmailNotVerified:
                throw new VrssException(ErrorCode.Forbidden, "Verify your email address first.");
            default:
                throw VrssException.Invalid("password", "The password is incorrect.", ErrorCode.InvalidCredentials);
        }
    }

    private async Task RevokeSessionsAsync()
    {
        var hashes = await sessions.ListTokenHashesAsync(Id);
        await Task.WhenAll(hashes.Select(h => GrainFactory.GetGrain<ISessionGrain>(Convert.ToHexStringLower(h)).RevokeAsync()));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} asked to be deleted; purge at {PurgeAt}")]
    private static partial void LogDeletionScheduled(ILogger logger, string userId, DateTimeOffset purgeAt);
}
