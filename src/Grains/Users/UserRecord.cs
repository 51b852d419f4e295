namespace Vrss.Grains.Users;

/// <summary>One row of <c>users</c>: identity, the names that must be unique, and credentials.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Username">Lower-case, <c>[a-z0-9_]{3,30}</c>, unique.</param>
/// <param name="Email">As registered (trimmed).</param>
/// <param name="DisplayName">The display name (searched by trigram).</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="Credentials">Password, verification and two-factor state.</param>
/// <param name="PurgeAt">When a requested deletion purges the account (hidden until then); null when none is pending.</param>
public sealed record UserRecord(
    string Id,
    string Username,
    string Email,
    string DisplayName,
    DateTimeOffset CreatedAt,
    UserCredentials Credentials,
    DateTimeOffset? PurgeAt = null)
{
    /// <summary>The email as compared for uniqueness.</summary>
    public string NormalizedEmail => Vrss.GrainInterfaces.Users.UserLookupKey.NormalizeEmail(Email);
}
