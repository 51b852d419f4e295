using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Users;

/// <summary>The <c>users</c> table. Uniqueness of username and email is the store's decision, never a prior check.</summary>
public interface IUserRepository
{
    /// <summary>Inserts an account; a taken username or email throws <c>VrssException</c> with the matching code.</summary>
    Task InsertAsync(UserRecord user);

    /// <summary>The account with this id, or null.</summary>
    Task<UserRecord?> GetAsync(string id);

    /// <summary>The id of the account with this (lower-case) username, or null.</summary>
    Task<string?> FindIdByUsernameAsync(string username);

    /// <summary>The id of the account with this email (compared normalised), or null.</summary>
    Task<string?> FindIdByEmailAsync(string email);

    /// <summary>
    /// Replaces the credentials if the stored version is still <paramref name="expectedVersion"/>; false when
    /// another writer got there first (or the account is gone).
    /// </summary>
    Task<bool> UpdateCredentialsAsync(string id, long expectedVersion, UserCredentials credentials);

    /// <summary>Sets the display name; false when the account does not exist.</summary>
    Task<bool> UpdateDisplayNameAsync(string id, string displayName);

    /// <summary>Sets what the user's card shows besides the username; false when the account does not exist.</summary>
    Task<bool> UpdateCardAsync(string id, string displayName, string? avatarUrl);

    /// <summary>
    /// Sets the words user search matches besides names (headline, bio, credits, education), or null for none (a
    /// hidden profile); false when the account does not exist.
    /// </summary>
    Task<bool> UpdateProfileTextAsync(string id, string? profileText);

    /// <summary>The cards of the accounts among <paramref name="ids"/> (at most 1000) that exist, in no particular order.</summary>
    Task<IReadOnlyList<UserCard>> GetCardsAsync(IReadOnlyCollection<string> ids);

    /// <summary>
    /// Up to <paramref name="limit"/> (at most 100) cards matching <paramref name="query"/> (lower case), best first:
    /// the exact username, then usernames starting with it, then display names starting with it, then (for
    /// queries of 3 or more characters) display names containing it, then profiles whose text (see
    /// <see cref="UpdateProfileTextAsync"/>) contains every word of it.
    /// </summary>
    Task<IReadOnlyList<UserCard>> SearchAsync(string query, int limit);
}
