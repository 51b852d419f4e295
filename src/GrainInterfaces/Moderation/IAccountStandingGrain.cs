using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Moderation;

/// <summary>
/// One account's standing (keyed by the user id): its role, silence, suspension and storage tier. It is the only
/// writer of the account's <c>account_standing</c> row and answers reads from memory, so the role check of every
/// staff procedure and the suspension check of every post read cost one local grain call. Every change writes an
/// entry to the audit log.
/// </summary>
public interface IAccountStandingGrain : IGrainWithStringKey
{
    /// <summary>
    /// The standing. An account whose verified email is in <c>Vrss:Auth:OwnerEmails</c> or <c>Vrss:Auth:AdminEmails</c>
    /// and that has no stored standing yet is stored as an admin the first time this is asked.
    /// </summary>
    [ReadOnly]
    Task<AccountStanding> GetAsync();

    /// <summary>Sets the role; <c>UserNotFound</c> when no account has this id.</summary>
    Task<AccountStanding> SetRoleAsync(AccountRole role, StaffReason why);

    /// <summary>Silences (true) or unsilences the account; changes nothing (and logs nothing) when already so.</summary>
    Task<AccountStanding> SetSilencedAsync(bool silenced, StaffReason why);

    /// <summary>
    /// Suspends (true) or unsuspends the account. Suspending revokes every session of the account, cluster-wide,
    /// and closes its live streams.
    /// </summary>
    Task<AccountStanding> SetSuspendedAsync(bool suspended, StaffReason why);

    /// <summary>Sets the media quota tier.</summary>
    Task<AccountStanding> SetStorageTierAsync(StorageTier tier, StaffReason why);
}
