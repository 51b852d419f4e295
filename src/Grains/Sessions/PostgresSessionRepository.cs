using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.Sessions;

/// <summary><see cref="ISessionRepository"/> on the <c>sessions</c> table (deploy/sql/0011_sessions.sql).</summary>
public sealed class PostgresSessionRepository(DbRetry db) : ISessionRepository
{
    /// <inheritdoc />
    public Task InsertAsync(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO sessions (token_hash, user_id, created_at, renewed_at, expires_at)
                    VALUES (@token_hash, @user_id, @created_at, @renewed_at, @expires_at)
                    """,
                    connection);
                command.Parameters.AddWithValue("token_hash", session.TokenHash);
                command.Parameters.AddWithValue("user_id", session.UserId);
                command.Parameters.AddWithValue("created_at", session.CreatedAt);
                command.Parameters.AddWithValue("renewed_at", session.RenewedAt);
                command.Parameters.AddWithValue("expires_at", session.ExpiresAt);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<SessionRecord?> GetAsync(byte[] tokenHash) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "SELECT user_id, created_at, renewed_at, expires_at FROM sessions WHERE token_hash = @token_hash", connection);
                command.Parameters.AddWithValue("token_hash", tokenHash);
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                return await reader.ReadAsync().ConfigureAwait(false)
                    ? new SessionRecord(
                        tokenHash,
                        reader.GetString(0),
                        reader.GetFieldValue<DateTimeOffset>(1),
                        reader.GetFieldValue<DateTimeOffset>(2),
                        reader.GetFieldValue<DateTimeOffset>(3))
                    : null;
            },
            repeatable: true);

    /// <inheritdoc />
    public Task<bool> RenewAsync(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "UPDATE sessions SET renewed_at = @renewed_at, expires_at = @expires_at WHERE token_hash = @token_hash", connection);
                command.Parameters.AddWithValue("token_hash", tokenHash);
                command.Parameters.AddWithValue("renewed_at", renewedAt);
                command.Parameters.AddWithValue("expires_at", expiresAt);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
            },
            repeatable: true);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(byte[] tokenHash) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("DELETE FROM sessions WHERE token_hash = @token_hash", connection);
                command.Parameters.AddWithValue("token_hash", tokenHash);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
            },
            repeatable: true);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> ListTokenHashesAsync(string userId) =>
        db.ExecuteAsync<IReadOnlyList<byte[]>>(
            async connection =>
            {
                await using var command = new NpgsqlCommand("SELECT token_hash FROM sessions WHERE user_id = @user_id", connection);
                command.Parameters.AddWithValue("user_id", userId);
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var hashes = new List<byte[]>();
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    hashes.Add(reader.GetFieldValue<byte[]>(0));
                }

                return hashes;
            },
            repeatable: true);

    /// <inheritdoc />
    public Task<int> DeleteExpiredAsync(DateTimeOffset before) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand("DELETE FROM sessions WHERE expires_at < @before", connection);
                command.Parameters.AddWithValue("before", before);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);
}
