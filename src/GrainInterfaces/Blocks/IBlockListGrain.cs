using Orleans.Concurrency;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;

namespace Vrss.GrainInterfaces.Blocks;

/// <summary>
/// One user's blocks and mutes (keyed by the user id), held in memory so that every read path asks one grain once per
/// request, never a query per item: whom the user blocks, who blocks the user, and whom the user mutes. A block works
/// both ways for interactions (neither may follow, comment on, react to, or ask to connect with the other; existing
/// follows in either direction end) and hides each from the other's reads; a mute only hides the muted user from the
/// muter's feeds, comments and notifications, silently.
/// </summary>
public interface IBlockListGrain : IGrainWithStringKey
{
    /// <summary>
    /// Blocks <paramref name="targetId"/> (an existing user, not oneself): ends the follows between the two users in
    /// both directions and removes pending follow and connection requests between them. Blocking again changes nothing.
    /// </summary>
    Task BlockAsync(string targetId);

    /// <summary>Lifts a block (nothing when there was none); ended follows do not come back.</summary>
    Task UnblockAsync(string targetId);

    /// <summary>Mutes <paramref name="targetId"/> (an existing user, not oneself); muting again changes nothing.</summary>
    Task MuteAsync(string targetId);

    /// <summary>Lifts a mute (nothing when there was none).</summary>
    Task UnmuteAsync(string targetId);

    /// <summary>The users this user blocks, most recent block first.</summary>
    [ReadOnly]
    Task<Page<UserCard>> GetBlockedAsync(string? cursor, int limit);

    /// <summary>The users this user mutes, most recent mute first.</summary>
    [ReadOnly]
    Task<Page<UserCard>> GetMutedAsync(string? cursor, int limit);

    /// <summary>
    /// Everything the user's reads must hide, as one immutable snapshot (replaced, never changed, on every change).
    /// Interleaves: it only hands out the current snapshot, so checks made from inside a block's own calls cannot deadlock.
    /// </summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<BlockSnapshot> GetSnapshotAsync();

    /// <summary>How this user stands towards <paramref name="otherId"/>; interleaves like <see cref="GetSnapshotAsync"/>.</summary>
    [ReadOnly]
    [AlwaysInterleave]
    Task<BlockRelation> RelationToAsync(string otherId);

    /// <summary>
    /// Told by <paramref name="blockerId"/>'s grain after it stored (or removed) its block of this user. Interleaves: two
    /// users blocking each other at once call each other.
    /// </summary>
    [AlwaysInterleave]
    Task BlockedByChangedAsync(string blockerId, bool blocked);
}
