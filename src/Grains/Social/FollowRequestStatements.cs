using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Social;

/// <summary>The SQL of <see cref="PostgresFollowRequestRepository"/> (schema: deploy/sql/0060_follow_requests.sql).</summary>
internal static class FollowRequestStatements
{
    // The key makes asking twice a no-op; the NOT EXISTS keeps a request from standing beside a follow.
    public const string RequestSql = """
        INSERT INTO follow_requests (requester_id, target_id, created_at)
        SELECT @requester, @target, @at
        WHERE NOT EXISTS (SELECT 1 FROM follows WHERE follower_id = @requester AND followee_id = @target)
        ON CONFLICT (requester_id, target_id) DO NOTHING
        """;

    // One statement, so a withdrawal racing an acceptance either deletes the request first (nothing to accept)
    // or finds the follow already made; never both a request and an edge, never an edge from a withdrawn request.
    public const string AcceptSql = """
        WITH accepted AS (
            DELETE FROM follow_requests WHERE requester_id = @requester AND target_id = @target
            RETURNING requester_id, target_id
        )
        INSERT INTO follows (follower_id, followee_id, created_at)
        SELECT requester_id, target_id, @at FROM accepted
        ON CONFLICT (follower_id, followee_id) DO NOTHING
        """;

    public const string RemoveSql = """
        DELETE FROM follow_requests WHERE requester_id = @requester AND target_id = @target
        """;

    public const string IsPendingSql = """
        SELECT EXISTS (SELECT 1 FROM follow_requests WHERE requester_id = @requester AND target_id = @target)
        """;

    public const string IncomingSql = """
        SELECT requester_id, created_at FROM follow_requests
        WHERE target_id = @target AND (created_at, requester_id) < (@before_at, @before_id)
        ORDER BY created_at DESC, requester_id DESC
        LIMIT @limit
        """;

    public static SqlStatement Request(string requesterId, string targetId, DateTimeOffset at) =>
        new(RequestSql, Text("requester", requesterId), Text("target", targetId), Time("at", at));

    public static SqlStatement Accept(string requesterId, string targetId, DateTimeOffset at) =>
        new(AcceptSql, Text("requester", requesterId), Text("target", targetId), Time("at", at));

    public static SqlStatement Remove(string requesterId, string targetId) =>
        new(RemoveSql, Text("requester", requesterId), Text("target", targetId));

    public static SqlStatement IsPending(string requesterId, string targetId) =>
        new(IsPendingSql, Text("requester", requesterId), Text("target", targetId));

    public static SqlStatement Incoming(string targetId, TimeCursor before, int limit) =>
        new(IncomingSql, Text("target", targetId), Time("before_at", before.At), Text("before_id", before.Id), Integer("limit", limit + 1));
}
