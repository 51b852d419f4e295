using Vrss.GrainInterfaces.Moderation;

namespace Vrss.Grains.Moderation;

/// <summary>The rules of the account list that both repositories follow.</summary>
internal static class AccountDirectory
{
    /// <summary>Where a listing starts: the few accounts a rare filter names, or the whole list.</summary>
    public enum Start
    {
        /// <summary>Every account, newest first (a query, members only or active only filter it).</summary>
        All,

        /// <summary>Accounts with a stored standing: staff roles, silenced or suspended.</summary>
        Standing,

        /// <summary>Accounts whose deletion is pending.</summary>
        PendingDeletion,
    }

    /// <summary>Which accounts <paramref name="filter"/> can start from.</summary>
    public static Start StartsFrom(AccountFilter filter) =>
        filter.Status == AccountStatus.PendingDeletion ? Start.PendingDeletion
        : filter.Role is AccountRole.Moderator or AccountRole.Admin || filter.Status is AccountStatus.Silenced or AccountStatus.Suspended ? Start.Standing
        : Start.All;

    /// <summary>An account's status: a pending deletion, then the strongest staff restriction.</summary>
    public static AccountStatus StatusOf(DateTimeOffset? purgeAt, AccountStanding standing) =>
        purgeAt is not null ? AccountStatus.PendingDeletion : standing.Status;
}
