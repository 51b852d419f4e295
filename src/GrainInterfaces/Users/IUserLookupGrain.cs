namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// Resolves one login name (key from <see cref="UserLookupKey"/>) to a user id, and runs logins and reset
/// requests addressed by that name. A found id is cached until the name's account lets it go (a rename, an email
/// change or a purge calls <see cref="ForgetAsync"/>).
/// </summary>
public interface IUserLookupGrain : IGrainWithStringKey
{
    /// <summary>The user id the name belongs to, or null.</summary>
    Task<string?> FindUserIdAsync();

    /// <summary>
    /// Checks a login. An unknown name costs the same password-hash work as a wrong password and answers
    /// <see cref="LoginStatus.InvalidCredentials"/> just the same.
    /// </summary>
    Task<LoginResult> LoginAsync(string password, string? totpCode, string? recoveryCode);

    /// <summary>
    /// For a username key: the account that was known by this name before a rename, while the name is reserved for it
    /// (null otherwise). Only profile lookups follow it; signing in takes current names only.
    /// </summary>
    Task<string?> FindRenamedUserIdAsync();

    /// <summary>Drops the cached id: the name no longer belongs to that account.</summary>
    Task ForgetAsync();

    /// <summary>Emails a reset token when the name belongs to an account; does nothing otherwise.</summary>
    Task RequestPasswordResetAsync();
}
