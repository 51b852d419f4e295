using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Accounts;

/// <summary>The SQL of <see cref="PostgresEmailChangeRepository"/> (deploy/sql/0110_account_lifecycle.sql).</summary>
internal static class EmailChangeStatements
{
    public const string RetireSql = "UPDATE email_changes SET used_at = @now WHERE user_id = @user_id AND used_at IS NULL";

    public const string InsertSql = """
        INSERT INTO email_changes (token_hash, user_id, new_email, created_at, expires_at)
        VALUES (@token_hash, @user_id, @new_email, @created_at, @expires_at)
        """;

    // One statement: two redemptions racing on the same link cannot both see it unused.
    public const string ConsumeSql = """
        UPDATE email_changes SET used_at = @now
        WHERE token_hash = @token_hash AND used_at IS NULL AND expires_at > @now
        RETURNING user_id, new_email, created_at, expires_at
        """;

    public static SqlStatement Retire(string userId, DateTimeOffset now) => new(RetireSql, Text("user_id", userId), Time("now", now));

    public static SqlStatement Insert(EmailChangeRecord change) => new(
        InsertSql,
        Bytes("token_hash", change.TokenHash),
        Text("user_id", change.UserId),
        Text("new_email", change.NewEmail),
        Time("created_at", change.CreatedAt),
        Time("expires_at", change.ExpiresAt));

    public static SqlStatement Consume(byte[] tokenHash, DateTimeOffset now) => new(ConsumeSql, Bytes("token_hash", tokenHash), Time("now", now));
}
