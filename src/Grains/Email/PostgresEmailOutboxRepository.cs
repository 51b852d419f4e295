using Npgsql;
using NpgsqlTypes;
using Vrss.Grains.Data;

namespace Vrss.Grains.Email;

/// <summary><see cref="IEmailOutboxRepository"/> on <c>email_outbox</c> (deploy/sql/0013_email_outbox.sql).</summary>
public sealed class PostgresEmailOutboxRepository(DbRetry db) : IEmailOutboxRepository
{
    private const string Columns = "id, recipient, subject, body, created_at, sent_at";

    /// <inheritdoc />
    public Task AddAsync(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    """
                    INSERT INTO email_outbox (id, recipient, subject, body, created_at, sent_at)
                    VALUES (@id, @recipient, @subject, @body, @created_at, @sent_at)
                    """,
                    connection);
                command.Parameters.AddWithValue("id", message.Id);
                command.Parameters.AddWithValue("recipient", message.Recipient);
                command.Parameters.AddWithValue("subject", message.Subject);
                command.Parameters.AddWithValue("body", message.Body);
                command.Parameters.AddWithValue("created_at", message.CreatedAt);
                command.Parameters.Add(new NpgsqlParameter("sent_at", NpgsqlDbType.TimestampTz) { Value = (object?)message.SentAt ?? DBNull.Value });
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient) =>
        QueryAsync($"SELECT {Columns} FROM email_outbox WHERE lower(recipient) = lower(@value) ORDER BY seq", recipient);

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListUnsentAsync(int limit) =>
        QueryAsync($"SELECT {Columns} FROM email_outbox WHERE sent_at IS NULL ORDER BY seq LIMIT @value", limit);

    /// <inheritdoc />
    public Task<bool> MarkSentAsync(string id, DateTimeOffset sentAt) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = new NpgsqlCommand(
                    "UPDATE email_outbox SET sent_at = @sent_at WHERE id = @id AND sent_at IS NULL", connection);
                command.Parameters.AddWithValue("id", id);
                command.Parameters.AddWithValue("sent_at", sentAt);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
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
                        reader.GetFieldValue<DateTimeOffset>(4),
                        reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
                }

                return list;
            },
            repeatable: true);
}
