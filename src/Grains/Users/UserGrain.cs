using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Vrss.GrainInterfaces.Accounts;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Media;
using Vrss.GrainInterfaces.Sessions;
using Vrss.GrainInterfaces.Social;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Email;
using Vrss.Grains.Sessions;

namespace Vrss.Grains.Users;

/// <summary>
/// One account. Credentials are written through to the <c>users</c> row with a version check; profile and
/// settings live in grain storage. Being the account's only writer makes TOTP codes single-use without locks.
/// </summary>
public sealed partial class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> state,
    IUserRepository users,
    ISessionRepository sessions,
    IEmailTokenRepository tokens,
    IEmailSender email,
    PasswordHashing passwords,
    SecondFactor secondFactor,
    IOptions<AccountOptions> options,
    TimeProvider time,
    ILogger<UserGrain> logger,
    UserSocialServices social) : Grain, IUserGrain, IFollowRequestsGrain, IFollowerSetGrain, IUserAccountGrain
{
    private UserRecord? _account;

    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _account = await users.GetAsync(Id);
        if (_account is not null && secondFactor.EncryptPlaintext(_account.Credentials) is { } encrypted)
        {
            // Stored before TOTP secrets were encrypted: rewritten the first time the account is loaded since.
            await SaveCredentialsAsync(encrypted);
        }

        await LoadSocialAsync();
    }

    /// <inheritdoc />
    public async Task<Registration> RegisterAsync(NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (_account is not null)
        {
            throw new VrssException(ErrorCode.Conflict, "This account already exists.");
        }

        var owners = options.Value.OwnerEmailSet();
        if (owners.Count > 0 && !owners.Contains(UserLookupKey.NormalizeEmail(account.Email)))
        {
            throw new VrssException(ErrorCode.Forbidden, "Registration is open only to the owners of this instance.");
        }

        var record = new UserRecord(
            Id,
            account.Username,
            account.Email.Trim(),
            account.DisplayName,
            time.GetUtcNow(),
            new UserCredentials(passwords.Hash(account.Password), null, null, null, 0, 1));
        await users.InsertAsync(record);
        _account = record;
        try
        {
            await SendTokenAsync(EmailTokenPurpose.VerifyEmail);
        }
        catch (Exception exception) when (exception is not VrssException)
        {
            // The account exists either way; failing the call now would invite a retry that hits "duplicate".
            LogVerificationEmailFailed(logger, Id, exception);
        }

        return new Registration(View(record), MaySignIn: owners.Count == 0);
    }

    /// <inheritdoc />
    public async Task<LoginResult> VerifyLoginAsync(string password, string? totpCode, string? recoveryCode)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (_account is null)
        {
            passwords.VerifyDummy(password);
            return new LoginResult(LoginStatus.InvalidCredentials, null);
        }

        var credentials = _account.Credentials;
        var verification = passwords.Verify(credentials.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            return new LoginResult(LoginStatus.InvalidCredentials, null);
        }

        if (credentials.EmailVerifiedAt is null && options.Value.OwnerEmailSet().Count > 0)
        {
            return new LoginResult(LoginStatus.EmailNotVerified, null);
        }

        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            credentials = credentials with { PasswordHash = passwords.Hash(password) };
        }

        var secondFactorStatus = secondFactor.Check(credentials, Id, totpCode, recoveryCode, out credentials);
        if (secondFactorStatus != LoginStatus.Succeeded)
        {
            return new LoginResult(secondFactorStatus, null);
        }

        if (!ReferenceEquals(credentials, _account.Credentials))
        {
            await SaveCredentialsAsync(credentials);
        }

        var cancelled = await CancelDeletionAsync();
        return new LoginResult(LoginStatus.Succeeded, View(_account), cancelled);
    }

    /// <inheritdoc />
    public Task<AccountView?> GetAccountAsync() => Task.FromResult(_account is null ? null : View(_account));

    /// <inheritdoc />
    public Task<bool> IsFirstAdminAsync() => Task.FromResult(
        _account is { Credentials.EmailVerifiedAt: not null } account
        && options.Value.FirstAdminEmailSet().Contains(UserLookupKey.NormalizeEmail(account.Email)));

    /// <inheritdoc />
    public Task<UserProfile> GetProfileAsync()
    {
        var account = Account;
        var s = state.State;
        // Copies: a local caller gets this object by reference and must not reach into the grain's state.
        return Task.FromResult(new UserProfile(
            account.Id,
            account.Username,
            account.DisplayName,
            s.Bio,
            s.AvatarUrl,
            s.BannerUrl,
            s.Location,
            s.Website,
            [.. s.Links],
            [.. s.Credits],
            [.. s.Education],
            _followers,
            _following,
            _posts,
            null,
            account.CreatedAt,
            s.Headline));
    }

    /// <inheritdoc />
    public Task<UserSettings> GetSettingsAsync()
    {
        _ = Account;
        return Task.FromResult(state.State.Settings);
    }

    /// <inheritdoc />
    public async Task ChangePasswordAsync(string currentPassword, string newPassword, string keepSessionKey)
    {
        ArgumentNullException.ThrowIfNull(currentPassword);
        ArgumentNullException.ThrowIfNull(newPassword);
        var account = Account;
        if (passwords.Verify(account.Credentials.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            throw VrssException.Invalid("currentPassword", "The current password is incorrect.", ErrorCode.InvalidCredentials);
        }

        await SaveCredentialsAsync(account.Credentials with { PasswordHash = passwords.Hash(newPassword) });
        await RevokeSessionsAsync(keepSessionKey);
    }

    /// <inheritdoc />
    public async Task ResetPasswordAsync(string newPassword)
    {
        ArgumentNullException.ThrowIfNull(newPassword);
        var account = Account;
        await SaveCredentialsAsync(account.Credentials with { PasswordHash = passwords.Hash(newPassword) });
        await tokens.InvalidateAllAsync(Id, EmailTokenPurpose.ResetPassword, time.GetUtcNow());
        await RevokeSessionsAsync(keepSessionKey: null);
    }

    /// <inheritdoc />
    public async Task<AccountView> ConfirmEmailAsync()
    {
        var account = Account;
        if (account.Credentials.EmailVerifiedAt is null)
        {
            await SaveCredentialsAsync(account.Credentials with { EmailVerifiedAt = time.GetUtcNow() });
        }

        return View(Account);
    }

    /// <inheritdoc />
    public Task SendPasswordResetAsync()
    {
        _ = Account;
        return SendTokenAsync(EmailTokenPurpose.ResetPassword);
    }

    private UserRecord Account => _account ?? throw new VrssException(ErrorCode.UserNotFound, "No such user.");

    private AccountView View(UserRecord account) => new(
        account.Id,
        account.Username,
        account.DisplayName,
        account.Email,
        account.Credentials.EmailVerifiedAt is not null,
        account.Credentials.TotpEnabled,
        state.State.AvatarUrl,
        account.CreatedAt,
        account.PurgeAt);

    private async Task SaveCredentialsAsync(UserCredentials credentials)
    {
        var account = Account;
        var expected = account.Credentials.Version;
        if (!await users.UpdateCredentialsAsync(Id, expected, credentials))
        {
            // Another activation wrote first (a brief split); reload on the next call rather than overwrite it.
            DeactivateOnIdle();
            throw new InconsistentStateException($"The credentials of user {Id} changed since version {expected} was read.");
        }

        _account = account with { Credentials = credentials with { Version = expected + 1 } };
    }

    private async Task RevokeSessionsAsync(string? keepSessionKey)
    {
        var hashes = await sessions.ListTokenHashesAsync(Id);
        await Task.WhenAll(hashes
            .Select(Convert.ToHexStringLower)
            .Where(key => key != keepSessionKey)
            .Select(key => GrainFactory.GetGrain<ISessionGrain>(key).RevokeAsync()));
    }

    private async Task SendTokenAsync(EmailTokenPurpose purpose)
    {
        var account = Account;
        var token = SecretToken.Create();
        var now = time.GetUtcNow();
        var lifetime = purpose == EmailTokenPurpose.VerifyEmail
            ? options.Value.EmailVerificationTokenLifetime
            : options.Value.PasswordResetTokenLifetime;
        await tokens.InsertAsync(new EmailTokenRecord(Convert.FromHexString(SecretToken.KeyOf(token)), Id, purpose, now, now + lifetime));
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var message = purpose == EmailTokenPurpose.VerifyEmail
            ? new EmailMessage(
                account.Email,
                "Verify your email address",
                $"Hello {account.DisplayName},\n\nConfirm your address by opening:\n{baseUrl}/verify-email?token={token}\n\n" +
                $"Or call auth.verifyEmail with this token:\n{token}\n\nThe link expires in {lifetime.TotalHours:0} hours.\n")
            : new EmailMessage(
                account.Email,
                "Reset your password",
                $"Hello {account.DisplayName},\n\nSomeone asked to reset your password. To choose a new one, open:\n" +
                $"{baseUrl}/reset-password?token={token}\n\nOr call auth.resetPassword with this token:\n{token}\n\n" +
                $"The link expires in {lifetime.TotalMinutes:0} minutes. If you did not ask, ignore this message.\n");
        await email.SendAsync(message);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The verification email of new user {UserId} could not be sent")]
    private static partial void LogVerificationEmailFailed(ILogger logger, string userId, Exception exception);
}
