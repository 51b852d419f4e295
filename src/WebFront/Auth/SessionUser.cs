using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Auth;

/// <summary>The <c>user</c> of the <c>auth.*</c> answers: the account as its owner sees it, with its role (for staff screens).</summary>
public sealed record SessionUser(
    string Id,
    string Username,
    string DisplayName,
    string Email,
    bool EmailVerified,
    bool TotpEnabled,
    string? AvatarUrl,
    DateTimeOffset CreatedAt,
    AccountRole Role)
{
    /// <summary>The account with its role.</summary>
    public static SessionUser From(AccountView account, AccountRole role)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.Id, account.Username, account.DisplayName, account.Email, account.EmailVerified, account.TotpEnabled, account.AvatarUrl, account.CreatedAt, role);
    }
}
