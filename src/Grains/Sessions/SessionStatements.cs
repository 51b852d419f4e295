using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Sessions;

/// <summary>The SQL of <see cref="PostgresSessionRepository"/> (schema: deploy/sql/0011_sessions.sql, 0070_session_devices.sql).</summary>
internal static class SessionStatements
{
    public const string Columns = "token_hash, session_id, user_id, created_at, renewed_at, expires_at, last_used_at, ip, user_agent";

    public const string InsertSql = $"""
        INSERT INTO sessions ({Columns})
        VALUES (@token_hash, @session_id, @user_id, @created_at, @renewed_at, @expires_at, @last_used_at, @ip, @user_agent)
        """;

    public const string GetSql = $"SELECT {Columns} FROM sessions WHERE token_hash = @token_hash";

    // A renewal is a use: both move in the one write the renewal makes anyway.
    public const string RenewSql = """
        UPDATE sessions SET renewed_at = @renewed_at, expires_at = @expires_at, last_used_at = @renewed_at
        WHERE token_hash = @token_hash
        """;

    public const string TouchSql = "UPDATE sessions SET last_used_at = @last_used_at WHERE token_hash = @token_hash";

    public const string DeleteSql = "DELETE FROM sessions WHERE token_hash = @token_hash";

    public const string TokenHashesSql = "SELECT token_hash FROM sessions WHERE user_id = @user_id";

    public const string ListSql = $"""
        SELECT {Columns} FROM sessions
        WHERE user_id = @user_id AND expires_at > @now AND (created_at, session_id) < (@before_at, @before_id)
        ORDER BY created_at DESC, session_id DESC
        LIMIT @limit
        """;

    // Scoped to the user: another user's session id finds nothing, exactly like one that does not exist.
    public const string FindTokenHashSql = "SELECT token_hash FROM sessions WHERE session_id = @session_id AND user_id = @user_id";

    public const string DeleteExpiredSql = "DELETE FROM sessions WHERE expires_at < @before";

    public static SqlStatement Insert(SessionRecord s) => new(
        InsertSql,
        Bytes("token_hash", s.TokenHash),
        Text("session_id", s.SessionId),
        Text("user_id", s.UserId),
        Time("created_at", s.CreatedAt),
        Time("renewed_at", s.RenewedAt),
        Time("expires_at", s.ExpiresAt),
        Time("last_used_at", s.LastUsedAt),
        Text("ip", s.Ip),
        Text("user_agent", s.UserAgent));

    public static SqlStatement Get(byte[] tokenHash) => new(GetSql, Bytes("token_hash", tokenHash));

    public static SqlStatement Renew(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt) =>
        new(RenewSql, Bytes("token_hash", tokenHash), Time("renewed_at", renewedAt), Time("expires_at", expiresAt));

    public static SqlStatement Touch(byte[] tokenHash, DateTimeOffset lastUsedAt) =>
        new(TouchSql, Bytes("token_hash", tokenHash), Time("last_used_at", lastUsedAt));

    public static SqlStatement Delete(byte[] tokenHash) => new(DeleteSql, Bytes("token_hash", tokenHash));

    public static SqlStatement TokenHashes(string userId) => new(TokenHashesSql, Text("user_id", userId));

    public static SqlStatement List(string userId, DateTimeOffset now, TimeCursor before, int limit) => new(
        ListSql,
        Text("user_id", userId),
        Time("now", now),
        Time("before_at", before.At),
        Text("before_id", before.Id),
        Integer("limit", limit + 1));

    public static SqlStatement FindTokenHash(string userId, string sessionId) =>
        new(FindTokenHashSql, Text("session_id", sessionId), Text("user_id", userId));

    public static SqlStatement DeleteExpired(DateTimeOffset before) => new(DeleteExpiredSql, Time("before", before));
}
