using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.Email;

/// <summary><see cref="IEmailOutboxRepository"/> on <c>email_outbox</c> (deploy/sql/0013_email_outbox.sql, 0075_email_outbox_purge.sql).</summary>
public sealed class PostgresEmailOutboxRepository(DbRetry db) : IEmailOutboxRepository
{
    private const string Columns = "id, recipient, subject, body, created_at";

    /// <inheritdoc />
    public Task AddAsync(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO email_outbox (id, recipient, subject, body, created_at)
                    VALUES (@id, @recipient, @subject, @body, @created_at)
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
        QueryAsync($"SELECT {Columns} FROM email_outbox WHERE lower(recipient) = lower(@value) ORDER BY seq", recipient);

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(int limit) =>
        QueryAsync($"SELECT {Columns} FROM email_outbox ORDER BY seq LIMIT @value", limit);

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id) =>
        await ExecuteAsync("DELETE FROM email_outbox WHERE id = @value", id).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task<int> DeleteQueuedBeforeAsync(DateTimeOffset cutoff) =>
        ExecuteAsync("DELETE FROM email_outbox WHERE created_at < @value", cutoff);

    private Task<int> ExecuteAsync(string sql, object value) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("value", value);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);

    private Task<IReadOnlyList<OutboxMessage>> QueryAsync(string sql, object value) =>
        db.ExecuteAsync<IReadOnlyList<OutboxMessage>>(
            async connection =>
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("value", value);
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var list = new List<OutboxMessage>();
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    list.Add(new OutboxMessage(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetFieldValue<DateTimeOffset>(4)));
                }

                return list;
            },
            repeatable: true);
}
