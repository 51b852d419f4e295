using Npgsql;
using NpgsqlTypes;
using Vrss.Grains.Data;

namespace Vrss.Grains.Email;

/// <summary>
/// <see cref="IEmailOutboxRepository"/> on <c>email_outbox</c> (deploy/sql/0013, 0075 and 0076). Claims use
/// <c>FOR UPDATE SKIP LOCKED</c>, so relays on several silos take disjoint batches without waiting on each other.
/// </summary>
public sealed class PostgresEmailOutboxRepository(DbRetry db) : IEmailOutboxRepository
{
    private const string Columns = "id, recipient, subject, body, created_at, attempts, next_attempt_at, last_error";

    /// <inheritdoc />
    public Task AddAsync(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO email_outbox (id, recipient, subject, body, created_at, next_attempt_at)
                    VALUES (@id, @recipient, @subject, @body, @created_at, @created_at)
                    """,
                    connection);
                command.Parameters.AddWithValue("id", message.Id);
                command.Parameters.AddWithValue("recipient", message.Recipient);
                command.Parameters.AddWithValue("subject", message.Subject);
                command.Parameters.AddWithValue("body", message.Body);
                command.Parameters.AddWithValue("created_at", message.CreatedAt);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient) =>
        QueryAsync($"SELECT {Columns} FROM email_outbox WHERE lower(recipient) = lower(@recipient) ORDER BY seq", ("recipient", recipient));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(int limit) =>
        QueryAsync($"SELECT {Columns} FROM email_outbox ORDER BY seq LIMIT @limit", ("limit", limit));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit) =>
        QueryAsync(
            $"""
            UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = @lease
            WHERE seq IN (SELECT seq FROM email_outbox WHERE next_attempt_at <= @now
                          ORDER BY next_attempt_at LIMIT @limit FOR UPDATE SKIP LOCKED)
            RETURNING {Columns}
            """,
            ("now", now),
            ("lease", leaseUntil),
            ("limit", limit));

    /// <inheritdoc />
    public Task RecordFailureAsync(string id, DateTimeOffset? nextAttemptAt, string error) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "UPDATE email_outbox SET next_attempt_at = @next, last_error = @error WHERE id = @id", connection);
                command.Parameters.AddWithValue("id", id);
                command.Parameters.Add(new NpgsqlParameter("next", NpgsqlDbType.TimestampTz) { Value = (object?)nextAttemptAt ?? DBNull.Value });
                command.Parameters.AddWithValue("error", error);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id) =>
        await ExecuteAsync("DELETE FROM email_outbox WHERE id = @value", id).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task<int> RetryFailedAsync(IReadOnlyList<string>? ids, DateTimeOffset now) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    UPDATE email_outbox SET attempts = 0, next_attempt_at = @now
                    WHERE next_attempt_at IS NULL AND body <> '' AND (@all OR id = ANY (@ids))
                    """,
                    connection);
                command.Parameters.AddWithValue("now", now);
                command.Parameters.AddWithValue("all", ids is null);
                command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = ids?.ToArray() ?? [] });
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);

    /// <inheritdoc />
    public async Task<int> RetireQueuedBeforeAsync(DateTimeOffset cutoff) =>
        await ExecuteAsync("DELETE FROM email_outbox WHERE created_at < @value AND attempts = 0", cutoff).ConfigureAwait(false)
        + await ExecuteAsync(
            """
            UPDATE email_outbox SET body = '', next_attempt_at = NULL, last_error = coalesce(last_error, 'expired before delivery')
            WHERE created_at < @value AND attempts > 0 AND body <> ''
            """,
            cutoff).ConfigureAwait(false);

    private Task<int> ExecuteAsync(string sql, object value) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("value", value);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);

    private Task<IReadOnlyList<OutboxMessage>> QueryAsync(string sql, params (string Name, object Value)[] parameters) =>
        db.ExecuteAsync<IReadOnlyList<OutboxMessage>>(
            async connection =>
            {
                await using var command = new NpgsqlCommand(sql, connection);
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var list = new List<OutboxMessage>();
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    list.Add(new OutboxMessage(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetFieldValue<DateTimeOffset>(4),
                        reader.GetInt32(5),
                        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7)));
                }

                return list;
            },
            repeatable: true);
}
