using Vrss.GrainInterfaces.Social;
using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Social;

/// <summary>The SQL of <see cref="PostgresConnectionRepository"/> (schema: deploy/sql/0024_connections.sql).</summary>
internal static class ConnectionStatements
{
    public const string Columns = "id, from_user_id, to_user_id, message, status, created_at, responded_at";

    // The conflict target names the partial unique index on the unordered pair, so a concurrent duplicate
    // (either direction) is skipped by the database itself; the NOT EXISTS skips pairs already connected.
    public const string RequestSql = $"""
        INSERT INTO connection_requests (id, from_user_id, to_user_id, message, status, created_at)
        SELECT @id, @from, @to, @message, 0, @at
        WHERE NOT EXISTS (SELECT 1 FROM connections WHERE user_id = @from AND peer_id = @to)
        ON CONFLICT ((least(from_user_id, to_user_id)), (greatest(from_user_id, to_user_id))) WHERE status = 0 DO NOTHING
        RETURNING {Columns}
        """;

    // Why a request was skipped: whether the pair is connected, and the pending request if there is one.
    public const string PairStateSql = $"""
        SELECT EXISTS (SELECT 1 FROM connections WHERE user_id = @from AND peer_id = @to), r.*
        FROM (SELECT 1) AS one
        LEFT JOIN LATERAL (
            SELECT {Columns} FROM connection_requests
            WHERE least(from_user_id, to_user_id) = @low AND greatest(from_user_id, to_user_id) = @high AND status = 0
        ) AS r ON true
        """;

    public const string GetRequestSql = $"""
        SELECT {Columns} FROM connection_requests WHERE id = @id
        """;

    public const string RespondSql = $"""
        WITH answered AS (
            UPDATE connection_requests SET status = @status, responded_at = @at
            WHERE id = @id AND to_user_id = @recipient AND status = 0
            RETURNING {Columns}
        ), linked AS (
            INSERT INTO connections (user_id, peer_id, created_at)
            SELECT edge.user_id, edge.peer_id, a.responded_at
            FROM answered AS a
            CROSS JOIN LATERAL (VALUES (a.from_user_id, a.to_user_id), (a.to_user_id, a.from_user_id)) AS edge (user_id, peer_id)
            WHERE a.status = 1
            ON CONFLICT (user_id, peer_id) DO NOTHING
        )
        SELECT {Columns} FROM answered
        """;

    public const string RemovePendingSql = """
        DELETE FROM connection_requests
        WHERE least(from_user_id, to_user_id) = @low AND greatest(from_user_id, to_user_id) = @high AND status = 0
        """;

    public const string IncomingSql = $"""
        SELECT {Columns} FROM connection_requests
        WHERE to_user_id = @user AND status = 0 AND (created_at, id) < (@before_at, @before_id)
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """;

    public const string ConnectionsSql = """
        SELECT peer_id, created_at FROM connections
        WHERE user_id = @user AND (created_at, peer_id) < (@before_at, @before_id)
        ORDER BY created_at DESC, peer_id DESC
        LIMIT @limit
        """;

    public const string CancelSql = $"""
        UPDATE connection_requests SET status = 3, responded_at = @at
        WHERE id = @id AND from_user_id = @sender AND status = 0
        RETURNING {Columns}
        """;

    public const string OutgoingSql = $"""
        SELECT {Columns} FROM connection_requests
        WHERE from_user_id = @user AND status = 0 AND (created_at, id) < (@before_at, @before_id)
        ORDER BY created_at DESC, id DESC
        LIMIT @limit
        """;

    // Both directions in one statement, so no reader ever sees a one-sided connection.
    public const string RemoveSql = """
        DELETE FROM connections
        WHERE (user_id = @user AND peer_id = @other) OR (user_id = @other AND peer_id = @user)
        """;

    // The audience of a connections-only post in home feeds: connections who also follow the author, oldest
    // connection first, in batches through the author's connection index.
    public const string ConnectedFollowerIdBatchSql = """
        SELECT c.peer_id, c.created_at FROM connections c
        WHERE c.user_id = @user AND (c.created_at, c.peer_id) > (@after_at, @after_id)
          AND EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = c.peer_id AND f.followee_id = @user)
        ORDER BY c.created_at, c.peer_id
        LIMIT @limit
        """;

    public const string AreConnectedSql = """
        SELECT EXISTS (SELECT 1 FROM connections WHERE user_id = @user AND peer_id = @other)
        """;

    public static SqlStatement Request(string requestId, string fromUserId, string toUserId, string? message, DateTimeOffset at) =>
        new(RequestSql, Text("id", requestId), Text("from", fromUserId), Text("to", toUserId), Text("message", message), Time("at", at));

    public static SqlStatement PairState(string fromUserId, string toUserId)
    {
        var (low, high) = ConnectionChecks.Unordered(fromUserId, toUserId);
        return new(PairStateSql, Text("from", fromUserId), Text("to", toUserId), Text("low", low), Text("high", high));
    }

    public static SqlStatement GetRequest(string requestId) => new(GetRequestSql, Text("id", requestId));

    public static SqlStatement Respond(string requestId, string recipientId, bool accept, DateTimeOffset at) =>
        new(
            RespondSql,
            Text("id", requestId),
            Text("recipient", recipientId),
            SmallInt("status", (short)(accept ? ConnectionRequestStatus.Accepted : ConnectionRequestStatus.Declined)),
            Time("at", at));

    public static SqlStatement Incoming(string userId, TimeCursor before, int limit) =>
        new(IncomingSql, Text("user", userId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Connections(string userId, TimeCursor before, int limit) =>
        new(ConnectionsSql, Text("user", userId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Cancel(string requestId, string senderId, DateTimeOffset at) =>
        new(CancelSql, Text("id", requestId), Text("sender", senderId), Time("at", at));

    public static SqlStatement Outgoing(string userId, TimeCursor before, int limit) =>
        new(OutgoingSql, Text("user", userId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));

    public static SqlStatement Remove(string userId, string otherUserId) =>
        new(RemoveSql, Text("user", userId), Text("other", otherUserId));

    public static SqlStatement ConnectedFollowerIdBatch(string userId, TimeCursor after, int limit) =>
        new(ConnectedFollowerIdBatchSql, Text("user", userId), Time("after_at", after.At), Text("after_id", after.Id), Integer("limit", limit + 1));

    public static SqlStatement AreConnected(string userId, string otherUserId) =>
        new(AreConnectedSql, Text("user", userId), Text("other", otherUserId));

    public static SqlStatement RemovePending(string userId, string otherUserId)
    {
        var (low, high) = ConnectionChecks.Unordered(userId, otherUserId);
        return new(RemovePendingSql, Text("low", low), Text("high", high));
    }
}
