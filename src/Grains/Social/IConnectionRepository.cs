using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Social;

/// <summary>
/// Connection requests and the mutual connections they create. At most one request is pending per unordered
/// pair of users; the database enforces it, so concurrent duplicates cannot both succeed.
/// </summary>
public interface IConnectionRepository
{
    /// <summary>Stores a pending request unless one is already pending between the two users or they are connected.</summary>
    /// <exception cref="ArgumentException">A user cannot ask themselves.</exception>
    Task<ConnectionRequestResult> RequestAsync(string requestId, string fromUserId, string toUserId, string? message, DateTimeOffset at);

    /// <summary>The request, whatever its status, or null.</summary>
    Task<ConnectionRequestRecord?> GetRequestAsync(string requestId);

    /// <summary>
    /// Accepts or declines a pending request addressed to <paramref name="recipientId"/>; accepting connects both
    /// users in the same transaction. Null when there is no such pending request for that recipient (unknown id,
    /// another recipient, or already answered): read it with <see cref="GetRequestAsync"/> to tell which.
    /// </summary>
    Task<ConnectionRequestRecord?> RespondAsync(string requestId, string recipientId, bool accept, DateTimeOffset at);

    /// <summary>The pending requests addressed to the user, newest first.</summary>
    Task<Page<ConnectionRequestRecord>> GetIncomingAsync(string userId, string? cursor, int limit);

    /// <summary>The user's connections, newest first.</summary>
    Task<Page<ConnectionEdge>> GetConnectionsAsync(string userId, string? cursor, int limit);

    /// <summary>
    /// Withdraws a pending request sent by <paramref name="senderId"/> (status becomes cancelled). Null when there is no
    /// such pending request from that sender: read it with <see cref="GetRequestAsync"/> to tell why.
    /// </summary>
    Task<ConnectionRequestRecord?> CancelAsync(string requestId, string senderId, DateTimeOffset at);

    /// <summary>The pending requests the user sent, newest first.</summary>
    Task<Page<ConnectionRequestRecord>> GetOutgoingAsync(string userId, string? cursor, int limit);

    /// <summary>Ends the connection between the two users (both directions); false when they were not connected.</summary>
    Task<bool> RemoveAsync(string userId, string otherUserId);

    /// <summary>
    /// One batch of the ids of <paramref name="userId"/>'s connections who also follow them (the home-feed audience of a
    /// connections-only post), oldest connection first; the cursor continues after the batch.
    /// </summary>
    Task<Page<string>> GetConnectedFollowerIdBatchAsync(string userId, string? cursor, int batchSize);

    /// <summary>Whether the two users are connected (connections are mutual).</summary>
    Task<bool> AreConnectedAsync(string userId, string otherUserId);

    /// <summary>Deletes the pending request between the two users, whichever sent it (a block ends it); true when there was one.</summary>
    Task<bool> RemovePendingBetweenAsync(string userId, string otherUserId);
}
