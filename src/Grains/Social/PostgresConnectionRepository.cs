using Npgsql;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Social;
using Vrss.Grains.Data;

namespace Vrss.Grains.Social;

/// <summary>Connection requests in <c>connection_requests</c>, connections in <c>connections</c> (one row per direction).</summary>
public sealed class PostgresConnectionRepository(DbRetry db) : IConnectionRepository
{
    // If the pending request that blocked an insert is answered before the pair's state is read, neither
    // explanation holds any more and the request is simply tried again.
    private const int MaxAttempts = 5;

    /// <inheritdoc />
    public async Task<ConnectionRequestResult> RequestAsync(string requestId, string fromUserId, string toUserId, string? message, DateTimeOffset at)
    {
        Guard.Id(requestId, nameof(requestId));
        ConnectionChecks.Pair(fromUserId, toUserId);
        for (var attempt = 1; ; attempt++)
        {
            var (created, connected, pending) = await TryRequestAsync(requestId, fromUserId, toUserId, message, at).ConfigureAwait(false);
            if (created is not null)
            {
                return new ConnectionRequestResult(ConnectionRequestOutcome.Created, created);
            }

            if (pending is not null)
            {
                return new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyPending, pending);
            }

            if (connected)
            {
                return new ConnectionRequestResult(ConnectionRequestOutcome.AlreadyConnected, null);
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException("The connection request kept racing with answers to another request; try again.");
            }
        }
    }

    /// <inheritdoc />
    public Task<ConnectionRequestRecord?> GetRequestAsync(string requestId)
    {
        Guard.Id(requestId, nameof(requestId));
        return db.QuerySingleAsync(ConnectionStatements.GetRequest(requestId), r => Read(r, 0));
    }

    /// <inheritdoc />
    public Task<ConnectionRequestRecord?> RespondAsync(string requestId, string recipientId, bool accept, DateTimeOffset at)
    {
        Guard.Id(requestId, nameof(requestId));
        Guard.Id(recipientId, nameof(recipientId));
        return db.QuerySingleAsync(ConnectionStatements.Respond(requestId, recipientId, accept, at), r => Read(r, 0), repeatable: false);
    }

    /// <inheritdoc />
    public async Task<Page<ConnectionRequestRecord>> GetIncomingAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(ConnectionStatements.Incoming(userId, before, limit), r => Read(r, 0)).ConfigureAwait(false);
        return Pages.From(rows, limit, r => new TimeCursor(r.CreatedAt, r.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<Page<ConnectionEdge>> GetConnectionsAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(
            ConnectionStatements.Connections(userId, before, limit),
            r => new ConnectionEdge(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1))).ConfigureAwait(false);
        return Pages.From(rows, limit, e => new TimeCursor(e.CreatedAt, e.UserId).Encode());
    }

    /// <inheritdoc />
    public Task<ConnectionRequestRecord?> CancelAsync(string requestId, string senderId, DateTimeOffset at)
    {
        Guard.Id(requestId, nameof(requestId));
        Guard.Id(senderId, nameof(senderId));
        return db.QuerySingleAsync(ConnectionStatements.Cancel(requestId, senderId, at), r => Read(r, 0), repeatable: false);
    }

    /// <inheritdoc />
    public async Task<Page<ConnectionRequestRecord>> GetOutgoingAsync(string userId, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(ConnectionStatements.Outgoing(userId, before, limit), r => Read(r, 0)).ConfigureAwait(false);
        return Pages.From(rows, limit, r => new TimeCursor(r.CreatedAt, r.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string userId, string otherUserId)
    {
        ConnectionChecks.Pair(userId, otherUserId);
        return await db.ExecuteAsync(ConnectionStatements.Remove(userId, otherUserId)).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<Page<string>> GetConnectedFollowerIdBatchAsync(string userId, string? cursor, int batchSize)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(batchSize, IFollowRepository.MaxFollowerBatch, nameof(batchSize));
        var after = TimeCursor.Parse(cursor, TimeCursor.Oldest);
        var rows = await db.QueryAsync(
            ConnectionStatements.ConnectedFollowerIdBatch(userId, after, batchSize),
            r => new ConnectionEdge(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1))).ConfigureAwait(false);
        var page = Pages.From(rows, batchSize, e => new TimeCursor(e.CreatedAt, e.UserId).Encode());
        return new Page<string>([.. page.Items.Select(e => e.UserId)], page.NextCursor);
    }

    /// <inheritdoc />
    public Task<bool> AreConnectedAsync(string userId, string otherUserId)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Id(otherUserId, nameof(otherUserId));
        return db.ScalarAsync<bool>(ConnectionStatements.AreConnected(userId, otherUserId));
    }

    /// <inheritdoc />
    public async Task<bool> RemovePendingBetweenAsync(string userId, string otherUserId)
    {
        ConnectionChecks.Pair(userId, otherUserId);
        return await db.ExecuteAsync(ConnectionStatements.RemovePending(userId, otherUserId)).ConfigureAwait(false) > 0;
    }

    // One round trip: the insert, then (a new snapshot, same implicit transaction) the pair's state, which
    // explains a skipped insert with the request that blocked it, even one committed a moment ago.
    private Task<(ConnectionRequestRecord? Created, bool Connected, ConnectionRequestRecord? Pending)> TryRequestAsync(
        string requestId, string fromUserId, string toUserId, string? message, DateTimeOffset at) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var batch = new NpgsqlBatch(connection)
                {
                    BatchCommands =
                    {
                        ConnectionStatements.Request(requestId, fromUserId, toUserId, message, at).ToBatchCommand(),
                        ConnectionStatements.PairState(fromUserId, toUserId).ToBatchCommand(),
                    },
                };
                try
                {
                    await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
                    var created = await reader.ReadAsync().ConfigureAwait(false) ? Read(reader, 0) : null;
                    await reader.NextResultAsync().ConfigureAwait(false);
                    await reader.ReadAsync().ConfigureAwait(false);
                    return (created, reader.GetBoolean(0), reader.IsDBNull(1) ? null : Read(reader, 1));
                }
                catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "connection_requests_pkey" })
                {
                    throw new InvalidOperationException($"Connection request id '{requestId}' is already used.", exception);
                }
            },
            repeatable: false);

    private static ConnectionRequestRecord Read(NpgsqlDataReader reader, int first) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3),
        (ConnectionRequestStatus)reader.GetInt16(first + 4),
        reader.GetFieldValue<DateTimeOffset>(first + 5),
        reader.IsDBNull(first + 6) ? null : reader.GetFieldValue<DateTimeOffset>(first + 6));
}
