using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;
using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>Connection requests in memory, with the Postgres semantics.</summary>
public sealed class MemoryConnectionRepository(MemoryDatabase database) : IConnectionRepository
{
    private readonly MemoryConnectionTables _tables = database.Table<MemoryConnectionTables>();
    private readonly MemoryFollowTable _follows = database.Table<MemoryFollowTable>();

    /// <inheritdoc />
    public Task<ConnectionRequestResult> RequestAsync(string requestId, string fromUserId, string toUserId, string? message, DateTimeOffset at)
    {
        Guard.Id(requestId, nameof(requestId));
        ConnectionChecks.Pair(fromUserId, toUserId);
        var pair = ConnectionChecks.Unordered(fromUserId, toUserId);
        lock (_tables.Gate)
        {
            if (_tables.PendingByPair.TryGetValue(pair, out var pendingId))
            {
                return Task.FromResult(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyPending, _tables.Requests[pendingId]));
            }

            if (_tables.Connected(fromUserId, toUserId))
            {
                return Task.FromResult(new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyConnected, null));
            }

            if (_tables.Requests.ContainsKey(requestId))
            {
                throw new InvalidOperationException($"Connection request id '{requestId}' is already used.");
            }

            var request = new ConnectionRequestRecord(requestId, fromUserId, toUserId, message, ConnectionRequestStatus.Pending, DbTime.Normalize(at), null);
            _tables.Requests[requestId] = request;
            _tables.PendingByPair[pair] = requestId;
            return Task.FromResult(new ConnectionRequestResult(ConnectionRequestOutcome.Created, request));
        }
    }

    /// <inheritdoc />
    public Task<ConnectionRequestRecord?> GetRequestAsync(string requestId)
    {
        Guard.Id(requestId, nameof(requestId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Requests.GetValueOrDefault(requestId));
        }
    }

    /// <inheritdoc />
    public Task<ConnectionRequestRecord?> RespondAsync(string requestId, string recipientId, bool accept, DateTimeOffset at)
    {
        Guard.Id(requestId, nameof(requestId));
        Guard.Id(recipientId, nameof(recipientId));
        lock (_tables.Gate)
        {
            if (!_tables.Requests.TryGetValue(requestId, out var request)
                || request.Status != ConnectionRequestStatus.Pending
                || !string.Equals(request.ToUserId, recipientId, StringComparison.Ordinal))
            {
                return Task.FromResult<ConnectionRequestRecord?>(null);
            }

            var answered = request with
            {
                Status = accept ? ConnectionRequestStatus.Accepted : ConnectionRequestStatus.Declined,
                RespondedAt = DbTime.Normalize(at),
            };
            _tables.Requests[requestId] = answered;
            _tables.PendingByPair.Remove(ConnectionChecks.Unordered(request.FromUserId, request.ToUserId));
            if (accept)
            {
                Link(answered.FromUserId, answered.ToUserId, answered.RespondedAt!.Value);
                Link(answered.ToUserId, answered.FromUserId, answered.RespondedAt!.Value);
            }

            return Task.FromResult<ConnectionRequestRecord?>(answered);
        }
    }

    /// <inheritdoc />
    public Task<Page<ConnectionRequestRecord>> GetIncomingAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_tables.Gate)
        {
            return Task.FromResult(MemoryKeyset.Descending(
                _tables.PendingByPair.Values
                    .Select(id => _tables.Requests[id])
                    .Where(r => string.Equals(r.ToUserId, userId, StringComparison.Ordinal)),
                r => r.CreatedAt,
                r => r.Id,
                before,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<Page<ConnectionEdge>> GetConnectionsAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_tables.Gate)
        {
            var peers = _tables.Connections.TryGetValue(userId, out var found) ? found : [];
            return Task.FromResult(MemoryKeyset.Descending(
                peers.Select(p => new ConnectionEdge(p.Key, p.Value)),
                e => e.CreatedAt,
                e => e.UserId,
                before,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<bool> RemovePendingBetweenAsync(string userId, string otherUserId)
    {
        ConnectionChecks.Pair(userId, otherUserId);
        lock (_tables.Gate)
        {
            if (!_tables.PendingByPair.Remove(ConnectionChecks.Unordered(userId, otherUserId), out var requestId))
            {
                return Task.FromResult(false);
            }

            _tables.Requests.Remove(requestId);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<ConnectionRequestRecord?> CancelAsync(string requestId, string senderId, DateTimeOffset at)
    {
        Guard.Id(requestId, nameof(requestId));
        Guard.Id(senderId, nameof(senderId));
        lock (_tables.Gate)
        {
            if (!_tables.Requests.TryGetValue(requestId, out var request)
                || request.Status != ConnectionRequestStatus.Pending
                || !string.Equals(request.FromUserId, senderId, StringComparison.Ordinal))
            {
                return Task.FromResult<ConnectionRequestRecord?>(null);
            }

            var cancelled = request with { Status = ConnectionRequestStatus.Cancelled, RespondedAt = DbTime.Normalize(at) };
            _tables.Requests[requestId] = cancelled;
            _tables.PendingByPair.Remove(ConnectionChecks.Unordered(request.FromUserId, request.ToUserId));
            return Task.FromResult<ConnectionRequestRecord?>(cancelled);
        }
    }

    /// <inheritdoc />
    public Task<Page<ConnectionRequestRecord>> GetOutgoingAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_tables.Gate)
        {
            return Task.FromResult(MemoryKeyset.Descending(
                _tables.PendingByPair.Values
                    .Select(id => _tables.Requests[id])
                    .Where(r => string.Equals(r.FromUserId, userId, StringComparison.Ordinal)),
                r => r.CreatedAt,
                r => r.Id,
                before,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string userId, string otherUserId)
    {
        ConnectionChecks.Pair(userId, otherUserId);
        lock (_tables.Gate)
        {
            var removed = Unlink(userId, otherUserId);
            return Task.FromResult(Unlink(otherUserId, userId) || removed);
        }
    }

    /// <inheritdoc />
    public Task<Page<string>> GetConnectedFollowerIdBatchAsync(string userId, string? cursor, int batchSize)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(batchSize, IFollowRepository.MaxFollowerBatch, nameof(batchSize));
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        List<ConnectionEdge> peers;
        lock (_tables.Gate)
        {
            peers = _tables.Connections.TryGetValue(userId, out var found) ? [.. found.Select(p => new ConnectionEdge(p.Key, p.Value))] : [];
        }

        lock (_follows.Gate)
        {
            var page = MemoryKeyset.Ascending(
                peers.Where(p => _follows.Contains(p.UserId, userId)),
                e => e.CreatedAt,
                e => e.UserId,
                after,
                batchSize);
            return Task.FromResult(new Page<string>([.. page.Items.Select(e => e.UserId)], page.NextCursor));
        }
    }

    /// <inheritdoc />
    public Task<bool> AreConnectedAsync(string userId, string otherUserId)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Id(otherUserId, nameof(otherUserId));
        lock (_tables.Gate)
        {
            return Task.FromResult(_tables.Connected(userId, otherUserId));
        }
    }

    private bool Unlink(string userId, string peerId) =>
        _tables.Connections.TryGetValue(userId, out var peers) && peers.Remove(peerId);

    private void Link(string userId, string peerId, DateTimeOffset since)
    {
        if (!_tables.Connections.TryGetValue(userId, out var peers))
        {
            peers = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            _tables.Connections[userId] = peers;
        }

        peers.TryAdd(peerId, since);
    }
}
