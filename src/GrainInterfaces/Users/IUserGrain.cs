using Orleans.Concurrency;
using Vrss.GrainInterfaces.Posts;
using Vrss.GrainInterfaces.Social;

namespace Vrss.GrainInterfaces.Users;

/// <summary>
/// One account, keyed by its user id: credentials (password hash, email verification, TOTP), profile and
/// settings. The grain is the only writer of its account, so checks such as single-use TOTP codes are atomic.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the account under this grain's key. Username and email uniqueness are decided by the database:
    /// a taken name answers <c>DuplicateUsername</c> or <c>DuplicateEmail</c>. Sends the verification email.
    /// </summary>
    Task<Registration> RegisterAsync(NewAccount account);

    /// <summary>
    /// Checks a password and, when two-factor is on, a TOTP code or else a recovery code (each code is accepted once).
    /// </summary>
    Task<LoginResult> VerifyLoginAsync(string password, string? totpCode, string? recoveryCode);

    /// <summary>The account as its owner sees it, or null when no account has this id.</summary>
    [ReadOnly]
    Task<AccountView?> GetAccountAsync();

    /// <summary>
    /// Whether this account is one of the instance's first admins: its email is in <c>Vrss:Auth:OwnerEmails</c> or
    /// <c>Vrss:Auth:AdminEmails</c> and verified (it becomes an admin: see IAccountStandingGrain).
    /// </summary>
    [ReadOnly]
    Task<bool> IsFirstAdminAsync();

    /// <summary>The public profile; <c>UserNotFound</c> when no account has this id.</summary>
    [ReadOnly]
    Task<UserProfile> GetProfileAsync();

    /// <summary>The owner's settings; <c>UserNotFound</c> when no account has this id.</summary>
    [ReadOnly]
    Task<UserSettings> GetSettingsAsync();

    /// <summary>
    /// Replaces the password after checking the current one (<c>InvalidCredentials</c> otherwise) and revokes
    /// every session of the user except <paramref name="keepSessionKey"/>.
    /// </summary>
    Task ChangePasswordAsync(string currentPassword, string newPassword, string keepSessionKey);

    /// <summary>Replaces the password (the caller redeemed a reset token) and revokes every session of the user.</summary>
    Task ResetPasswordAsync(string newPassword);

    /// <summary>Marks the email verified (the caller redeemed a verification token).</summary>
    Task<AccountView> ConfirmEmailAsync();

    /// <summary>Creates a single-use password reset token and emails it to the account's address.</summary>
    Task SendPasswordResetAsync();

    /// <summary>
    /// Starts two-factor set-up after checking the password (<c>InvalidCredentials</c> otherwise): a new secret that
    /// becomes active once a code from it is confirmed.
    /// </summary>
    Task<TotpSetup> EnableTotpAsync(string password);

    /// <summary>
    /// Turns two-factor on when <paramref name="code"/> matches the pending secret (<c>InvalidToken</c> otherwise) and
    /// returns ten single-use recovery codes.
    /// </summary>
    Task<RecoveryCodeList> ConfirmTotpAsync(string code);

    /// <summary>
    /// Turns two-factor off after checking the password (<c>InvalidCredentials</c>) and then a current TOTP
    /// <paramref name="code"/> or else a <paramref name="recoveryCode"/> (<c>InvalidToken</c>); discards the recovery codes.
    /// </summary>
    Task DisableTotpAsync(string password, string? code, string? recoveryCode);

    /// <summary>Replaces the recovery codes after checking the password (<c>InvalidCredentials</c> otherwise).</summary>
    Task<RecoveryCodeList> RegenerateRecoveryCodesAsync(string password);

    /// <summary>
    /// The profile as <paramref name="viewerId"/> (null: signed out) may see it: the whole profile when its visibility
    /// allows (public; followers and the owner for <c>followers</c>; the owner only for <c>private</c>), else only the card.
    /// </summary>
    [ReadOnly]
    Task<ProfileView> ViewProfileAsync(string? viewerId);

    /// <summary>Applies profile changes (an avatar or banner must be the user's own completed image) and returns the profile.</summary>
    Task<UserProfile> UpdateProfileAsync(ProfileUpdate update);

    /// <summary>Applies privacy-setting changes and returns the settings.</summary>
    Task<UserSettings> UpdateSettingsAsync(SettingsUpdate update);

    /// <summary>
    /// Follows <paramref name="followeeId"/>: <c>InvalidInput</c> for oneself, <c>UserNotFound</c> for an unknown user,
    /// <c>AlreadyFollowing</c> when already following. The followee's recent posts join this user's home feed. When the
    /// followee approves followers, a follow request is left pending instead (asking again changes nothing) and the
    /// answer is <see cref="FollowResult.Requested"/>.
    /// </summary>
    Task<FollowResult> FollowAsync(string followeeId);

    /// <summary>
    /// Stops following <paramref name="followeeId"/>, or withdraws a pending follow request to them; false when this
    /// user did not follow them. Their posts leave the home feed.
    /// </summary>
    Task<bool> UnfollowAsync(string followeeId);

    /// <summary>
    /// Records a new follower (called by the follower's grain, which counts its own side), or a follow request when this
    /// user approves followers. Interleaves, so two users following each other at once cannot deadlock.
    /// </summary>
    [AlwaysInterleave]
    Task<FollowOutcome> AddFollowerAsync(string followerId);

    /// <summary>Removes a follower (called by the follower's grain); false when there was no such follow.</summary>
    [AlwaysInterleave]
    Task<bool> RemoveFollowerAsync(string followerId);

    /// <summary>Creates a post by this user (visibility defaulting to the user's setting) and counts it.</summary>
    Task<PostView> CreatePostAsync(PostDraft draft);

    /// <summary>Deletes one of this user's posts (<c>Forbidden</c> for anyone else's) and uncounts it.</summary>
    Task DeletePostAsync(string postId);

    /// <summary>Deletes a comment, when this user wrote it or wrote the post it is on.</summary>
    Task DeleteCommentAsync(string commentId);

    /// <summary>
    /// Asks <paramref name="toUserId"/> to connect. One request may be pending per pair (<c>Conflict</c> otherwise, also
    /// when already connected); <c>Forbidden</c> when the other user does not accept requests.
    /// </summary>
    Task<ConnectionRequestView> RequestConnectionAsync(string toUserId, string? message);

    /// <summary>Whether this user accepts connection requests; <c>UserNotFound</c> when there is no such user.</summary>
    [AlwaysInterleave]
    Task<bool> AcceptsConnectionRequestsAsync();

    /// <summary>Accepts or declines a pending request addressed to this user; accepting connects both users.</summary>
    Task<ConnectionRequestView> RespondConnectionAsync(string requestId, bool accept);
}
