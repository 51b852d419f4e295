using Orleans.Concurrency;

namespace Vrss.GrainInterfaces.Social;

/// <summary>
/// Ending connections and withdrawing connection requests. Each change is one statement on the connection tables,
/// which decide races by themselves, so the grain holds no state and runs where the request arrived; use key 0.
/// </summary>
public interface IConnectionsGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Ends the connection between <paramref name="userId"/> and <paramref name="otherUserId"/> (either side may);
    /// false when they were not connected. From then on neither sees the other's connections-only posts or profile.
    /// </summary>
    [AlwaysInterleave]
    Task<bool> RemoveAsync(string userId, string otherUserId);

    /// <summary>
    /// Withdraws a pending request that <paramref name="senderId"/> sent: <c>ResourceNotFound</c> when there is no such
    /// request or someone else sent it, <c>Conflict</c> when it was already answered or withdrawn.
    /// </summary>
    [AlwaysInterleave]
    Task<ConnectionRequestView> CancelRequestAsync(string senderId, string requestId);
}
