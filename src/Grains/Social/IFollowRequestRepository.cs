using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Social;

/// <summary>
/// Follow requests to users who approve their followers: at most one per (requester, target), and never beside an
/// existing follow. A request is not a follow: visibility and feeds read only the follow edges, so a requester sees
/// nothing more until the request is accepted, which turns it into an edge in one step.
/// </summary>
public interface IFollowRequestRepository
{
    /// <summary>Stores a pending request; false when one is already pending or the requester already follows the target.</summary>
    /// <exception cref="ArgumentException">A user cannot ask to follow themselves.</exception>
    Task<bool> RequestAsync(string requesterId, string targetId, DateTimeOffset at);

    /// <summary>
    /// Turns the pending request into a follow edge dated <paramref name="at"/>, atomically; true when the edge is new,
    /// false when no request was pending (withdrawn, answered, or never made).
    /// </summary>
    Task<bool> AcceptAsync(string requesterId, string targetId, DateTimeOffset at);

    /// <summary>Deletes the pending request (rejected by the target or withdrawn by the requester); true when there was one.</summary>
    Task<bool> RemoveAsync(string requesterId, string targetId);

    /// <summary>Whether <paramref name="requesterId"/>'s request to follow <paramref name="targetId"/> is pending.</summary>
    Task<bool> IsPendingAsync(string requesterId, string targetId);

    /// <summary>The pending requests addressed to <paramref name="targetId"/>, newest first; each edge names the requester.</summary>
    Task<Page<FollowEdge>> GetIncomingAsync(string targetId, string? cursor, int limit);
}
