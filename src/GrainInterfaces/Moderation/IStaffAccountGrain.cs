namespace Vrss.GrainInterfaces.Moderation;

/// <summary>
/// An admin's actions on one account's credentials and existence (keyed by the user id), apart from the account's own
/// grains: a forced password reset, a two-factor reset and an immediate deletion. Callers have checked the caller's
/// role. Each action writes an entry to the audit log before it takes effect.
/// </summary>
public interface IStaffAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Makes the password unusable, revokes every session of the account cluster-wide and emails a reset link (through
    /// the outbox, as <c>auth.requestPasswordReset</c> does): the member signs in again only after setting a new
    /// password. <c>UserNotFound</c> when no account has this id.
    /// </summary>
    Task ForcePasswordResetAsync(StaffReason why);

    /// <summary>
    /// Turns two-factor authentication off (the secret, a pending set-up and the recovery codes go), so the member
    /// signs in with the password alone. <c>UserNotFound</c> when no account has this id.
    /// </summary>
    Task ResetTwoFactorAsync(StaffReason why);

    /// <summary>Purges the account now, without the grace period a member's own deletion has. <c>UserNotFound</c> when none.</summary>
    Task DeleteAsync(StaffReason why);
}
