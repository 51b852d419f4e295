namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// Resolves one login name (key from <see cref="UserLookupKey"/>) to a user id, and runs logins and reset
/// requests addressed by that name. Usernames and emails never change, so a found id is cached for good.
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

    /// <summary>Emails a reset token when the name belongs to an account; does nothing otherwise.</summary>
    Task RequestPasswordResetAsync();
}
