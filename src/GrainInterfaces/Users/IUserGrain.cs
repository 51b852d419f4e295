using Vrss.Runtime.Core;

namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// One account, keyed by its user id: credentials (password hash, email verification, TOTP), profile and
/// settings. The grain is the only writer of its account, so checks such as single-use TOTP codes are atomic.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the account under this grain's key. Username and email uniqueness are decided by the database:
    /// a taken name answers <c>DuplicateUsername</c> or <c>DuplicateEmail</c>. Sends the verification email.
    /// </summary>
    Task<AccountView> RegisterAsync(NewAccount account);

    /// <summary>Checks a password and, when two-factor is on, a TOTP code (each code is accepted once).</summary>
    Task<LoginResult> VerifyLoginAsync(string password, string? totpCode);

    /// <summary>The account as its owner sees it, or null when no account has this id.</summary>
    [ReadOnly]
    Task<AccountView?> GetAccountAsync();

    /// <summary>The public profile; <c>UserNotFound</c> when no account has this id.</summary>
    [ReadOnly]
    Task<UserProfile> GetProfileAsync();

    /// <summary>The owner's settings; <c>UserNotFound</c> when no account has this id.</summary>
    [ReadOnly]
    Task<UserSettings> GetSettingsAsync();

    /// <summary>
    /// Replaces the password after checking the current one (<c>InvalidCredentials</c> otherwise) and revokes
    /// every session of the user except <paramref name="keepSessionKey"/>.
    /// </summary>
    Task ChangePasswordAsync(string currentPassword, string newPassword, string keepSessionKey);

    /// <summary>Replaces the password (the caller redeemed a reset token) and revokes every session of the user.</summary>
    Task ResetPasswordAsync(string newPassword);

    /// <summary>Marks the email verified (the caller redeemed a verification token).</summary>
    Task<AccountView> ConfirmEmailAsync();

    /// <summary>Creates a single-use password reset token and emails it to the account's address.</summary>
    Task SendPasswordResetAsync();

    /// <summary>Starts two-factor set-up: a new secret that becomes active once a code from it is confirmed.</summary>
    Task<TotpSetup> EnableTotpAsync();

    /// <summary>Turns two-factor on when <paramref name="code"/> matches the pending secret (<c>InvalidToken</c> otherwise).</summary>
    Task ConfirmTotpAsync(string code);

    /// <summary>Turns two-factor off when <paramref name="code"/> matches the active secret (<c>InvalidToken</c> otherwise).</summary>
    Task DisableTotpAsync(string code);
}
