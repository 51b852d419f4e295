namespace Vrss.GrainInterfaces.Users;

/// <summary>The account as its owner sees it: the <c>user</c> of <c>auth.*</c> answers.</summary>
/// <param name="Id">The user id.</param>
/// <param name="Username">The unique, lower-case username.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Email">The email address as registered.</param>
/// <param name="EmailVerified">Whether the address was verified.</param>
/// <param name="TotpEnabled">Whether two-factor authentication is on.</param>
/// <param name="AvatarUrl">The avatar's URL, if any.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="PurgeAt">When a deletion the member asked for purges the account; null when none is pending.</param>
[GenerateSerializer, Immutable]
public sealed record AccountView(
    string Id,
    string Username,
    string DisplayName,
    string Email,
    bool EmailVerified,
    bool TotpEnabled,
    string? AvatarUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PurgeAt = null);
