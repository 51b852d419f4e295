using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Accounts;

/// <summary>
/// The lifecycle of one account, keyed by its user id: deletion (a grace period, then the purge), renaming, changing
/// the email address and exporting the member's data. The User grain keeps credentials and profile; this grain asks
/// it to check the password and to reload the account row after changing it.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>
    /// Schedules the account's deletion after checking the password and, when two-factor is on, a TOTP or recovery code
    /// (<c>InvalidCredentials</c>, <c>InvalidToken</c>): the account is hidden and signed out everywhere at once, and
    /// purged when the grace period ends unless a sign-in cancels it. Answers when the purge will happen.
    /// </summary>
    Task<DateTimeOffset> RequestDeletionAsync(string password, string? totpCode, string? recoveryCode);

    /// <summary>Cancels a scheduled deletion (a sign-in did); false when none was scheduled.</summary>
    Task<bool> CancelDeletionAsync();

    /// <summary>
    /// Removes the account and everything of it now, whether or not a deletion was scheduled: its posts, comments,
    /// reactions, follows, connections, notifications (also those it caused), sessions, tokens, media objects and
    /// exports, and frees its username and email. Others' counters are corrected through their grains. Internal:
    /// the purge sweep and operators call it; no member procedure does. Doing it twice is harmless.
    /// </summary>
    Task PurgeNowAsync();

    /// <summary>
    /// Renames the account after checking the password (<c>InvalidCredentials</c>). The old name stays reserved for
    /// this account (see <c>Vrss:Accounts:UsernameReservation</c>) and still finds it; a name taken or reserved by
    /// another answers <c>DuplicateUsername</c>; the same name answers <c>InvalidInput</c>.
    /// </summary>
    Task<UserProfile> ChangeUsernameAsync(string username, string password);

    /// <summary>
    /// Starts an email change after checking the password (<c>InvalidCredentials</c>): a link goes to
    /// <paramref name="newEmail"/> and a notice to the current address. An address in use answers
    /// <c>DuplicateEmail</c>. The address changes when the link is redeemed (<see cref="IEmailChangeGrain"/>).
    /// </summary>
    Task RequestEmailChangeAsync(string newEmail, string password);

    /// <summary>Sends a new verification link to the current address; <c>Conflict</c> when it is already verified.</summary>
    Task ResendVerificationAsync();

    /// <summary>Starts building an export of the member's data (one at a time: a running one is answered instead).</summary>
    Task<ExportView> StartExportAsync();

    /// <summary>One of the member's exports; <c>ResourceNotFound</c> for an unknown one or another member's.</summary>
    Task<ExportView> GetExportAsync(string exportId);
}
