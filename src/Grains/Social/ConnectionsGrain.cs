using Orleans.Concurrency;
using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Social;
using Vrss.Grains.Posts;

namespace Vrss.Grains.Social;

/// <summary>
/// Removes connections and cancels requests. Nothing to tell the feeds: every feed read re-checks each post's
/// visibility against the tables, so the other side's connections-only posts leave both feeds the moment the rows go.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed class ConnectionsGrain(IConnectionRepository connections, PostViews views, TimeProvider time) : Grain, IConnectionsGrain
{
    /// <inheritdoc />
    public Task<bool> RemoveAsync(string userId, string otherUserId)
    {
        if (string.Equals(userId, otherUserId, StringComparison.Ordinal))
        {
            throw VrssException.Invalid("userId", "you are not connected with yourself");
        }

        return connections.RemoveAsync(userId, otherUserId);
    }

    /// <inheritdoc />
    public async Task<ConnectionRequestView> CancelRequestAsync(string senderId, string requestId)
    {
        var cancelled = await connections.CancelAsync(requestId, senderId, time.GetUtcNow());
        if (cancelled is null)
        {
            // Someone else's request reads exactly like a missing one: its existence is not the caller's business.
            var request = await connections.GetRequestAsync(requestId);
            throw request is not null && string.Equals(request.FromUserId, senderId, StringComparison.Ordinal)
                ? new VrssException(ErrorCode.Conflict, "This connection request was already answered or cancelled.")
                : new VrssException(ErrorCode.ResourceNotFound, "connection request not found");
        }

        return ConnectionViews.Of(cancelled, await views.CardsAsync([cancelled.FromUserId, cancelled.ToUserId]));
    }
}
