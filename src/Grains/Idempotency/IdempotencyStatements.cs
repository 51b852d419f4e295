using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Idempotency;

/// <summary>The SQL of <see cref="PostgresIdempotencyRepository"/> (schema: deploy/sql/0080_idempotency_keys.sql).</summary>
internal static class IdempotencyStatements
{
    public const string Columns = "user_id, idem_key, procedure, fingerprint, seed, created_at, claim_id, claimed_at, status, answer";

    // A live row is left alone, unless it is this very claim's (the statement repeated after a lost answer).
    public const string StartSql = $"""
        INSERT INTO idempotency_keys AS k ({Columns})
        VALUES (@user_id, @idem_key, @procedure, @fingerprint, @seed, @created_at, @claim_id, @created_at, NULL, NULL)
        ON CONFLICT (user_id, idem_key) DO UPDATE
        SET procedure = EXCLUDED.procedure, fingerprint = EXCLUDED.fingerprint, seed = EXCLUDED.seed, created_at = EXCLUDED.created_at,
            claim_id = EXCLUDED.claim_id, claimed_at = EXCLUDED.claimed_at, status = NULL, answer = NULL
        WHERE k.created_at <= @expired_before OR k.claim_id = EXCLUDED.claim_id
        RETURNING k.seed
        """;

    public const string ReclaimSql = """
        UPDATE idempotency_keys SET claim_id = @claim_id, claimed_at = @now
        WHERE user_id = @user_id AND idem_key = @idem_key AND status IS NULL
          AND procedure = @procedure AND fingerprint = @fingerprint AND created_at > @expired_before
          AND (claim_id IS NULL OR claim_id = @claim_id OR claimed_at <= @abandoned_before)
        RETURNING seed
        """;

    public const string GetSql = $"SELECT {Columns} FROM idempotency_keys WHERE user_id = @user_id AND idem_key = @idem_key";

    public const string CompleteSql = """
        UPDATE idempotency_keys SET status = @status, answer = @answer, claim_id = NULL
        WHERE user_id = @user_id AND idem_key = @idem_key AND claim_id = @claim_id AND status IS NULL
        """;

    public const string ReleaseSql = """
        UPDATE idempotency_keys SET claim_id = NULL
        WHERE user_id = @user_id AND idem_key = @idem_key AND claim_id = @claim_id AND status IS NULL
        """;

    public const string DeleteExpiredSql = "DELETE FROM idempotency_keys WHERE created_at <= @before";

    public static SqlStatement Start(IdempotencyRecord r, DateTimeOffset expiredBefore) => new(
        StartSql,
        Text("user_id", r.UserId),
        Text("idem_key", r.Key),
        Text("procedure", r.Procedure),
        Text("fingerprint", r.Fingerprint),
        Text("seed", r.Seed),
        Time("created_at", r.CreatedAt),
        Uuid("claim_id", r.ClaimId),
        Time("expired_before", expiredBefore));

    public static SqlStatement Reclaim(
        string userId, string key, string procedure, string fingerprint, Guid claimId, DateTimeOffset now, DateTimeOffset abandonedBefore, DateTimeOffset expiredBefore) => new(
        ReclaimSql,
        Text("user_id", userId),
        Text("idem_key", key),
        Text("procedure", procedure),
        Text("fingerprint", fingerprint),
        Uuid("claim_id", claimId),
        Time("now", now),
        Time("abandoned_before", abandonedBefore),
        Time("expired_before", expiredBefore));

    public static SqlStatement Get(string userId, string key) => new(GetSql, Text("user_id", userId), Text("idem_key", key));

    public static SqlStatement Complete(string userId, string key, Guid claimId, int status, string answer) => new(
        CompleteSql,
        Text("user_id", userId),
        Text("idem_key", key),
        Uuid("claim_id", claimId),
        SmallInt("status", checked((short)status)),
        Text("answer", answer));

    public static SqlStatement Release(string userId, string key, Guid claimId) =>
        new(ReleaseSql, Text("user_id", userId), Text("idem_key", key), Uuid("claim_id", claimId));

    public static SqlStatement DeleteExpired(DateTimeOffset before) => new(DeleteExpiredSql, Time("before", before));
}
