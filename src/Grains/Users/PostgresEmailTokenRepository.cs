using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.Users;

/// <summary><see cref="IEmailTokenRepository"/> on <c>email_tokens</c> (deploy/sql/0012_email_tokens.sql).</summary>
public sealed class PostgresEmailTokenRepository(DbRetry db) : IEmailTokenRepository
{
    /// <inheritdoc />
    public Task InsertAsync(EmailTokenRecord token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO email_tokens (token_hash, user_id, purpose, created_at, expires_at)
                    VALUES (@token_hash, @user_id, @purpose, @created_at, @expires_at)
                    """,
                    connection);
                command.Parameters.AddWithValue("token_hash", token.TokenHash);
                command.Parameters.AddWithValue("user_id", token.UserId);
                command.Parameters.AddWithValue("purpose", Name(token.Purpose));
                command.Parameters.AddWithValue("created_at", token.CreatedAt);
                command.Parameters.AddWithValue("expires_at", token.ExpiresAt);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<string?> ConsumeAsync(byte[] tokenHash, EmailTokenPurpose purpose, DateTimeOffset now) =>
        db.ExecuteAsync(
            async connection =>
            {
                // One statement: two redemptions racing on the same token cannot both see it unused.
                await using var command = new NpgsqlCommand(
                    """
                    UPDATE email_tokens SET used_at = @now
                    WHERE token_hash = @token_hash AND purpose = @purpose AND used_at IS NULL AND expires_at > @now
                    RETURNING user_id
                    """,
                    connection);
                command.Parameters.AddWithValue("token_hash", tokenHash);
                command.Parameters.AddWithValue("purpose", Name(purpose));
                command.Parameters.AddWithValue("now", now);
                return (string?)await command.ExecuteScalarAsync().ConfigureAwait(false);
            },
            repeatable: false);

    /// <inheritdoc />
    public Task<int> InvalidateAllAsync(string userId, EmailTokenPurpose purpose, DateTimeOffset now) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "UPDATE email_tokens SET used_at = @now WHERE user_id = @user_id AND purpose = @purpose AND used_at IS NULL",
                    connection);
                command.Parameters.AddWithValue("user_id", userId);
                command.Parameters.AddWithValue("purpose", Name(purpose));
                command.Parameters.AddWithValue("now", now);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);

    private static string Name(EmailTokenPurpose purpose) => purpose switch
    {
        EmailTokenPurpose.VerifyEmail => "verify_email",
        EmailTokenPurpose.ResetPassword => "reset_password",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}
