using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Users;

namespace Vrss.WebFront.Admin;

/// <summary>An account as staff see it (the answer of <c>admin.getAccount</c> and the staff actions on accounts).</summary>
public sealed record AccountShape(
    string Id,
    string Username,
    string DisplayName,
    string Email,
    bool EmailVerified,
    bool TotpEnabled,
    AccountRole Role,
    AccountStatus Status,
    DateTimeOffset? SilencedAt,
    DateTimeOffset? SuspendedAt,
    DateTimeOffset? PurgeAt,
    StorageTier StorageTier,
    DateTimeOffset CreatedAt)
{
    /// <summary>The account with its standing; a deletion the member asked for shows first, as <c>pending_deletion</c>.</summary>
    public static AccountShape From(AccountView account, AccountStanding standing)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(standing);
        return new(
            account.Id,
            account.Username,
            account.DisplayName,
            account.Email,
            account.EmailVerified,
            account.TotpEnabled,
            standing.Role,
            account.PurgeAt is not null ? AccountStatus.PendingDeletion : standing.Status,
            standing.SilencedAt,
            standing.SuspendedAt,
            account.PurgeAt,
            standing.StorageTier,
            account.CreatedAt);
    }
}
