using Vrss.Grains.Data;

namespace Vrss.Grains.Accounts;

/// <summary><see cref="IEmailChangeRepository"/> on <c>email_changes</c>.</summary>
public sealed class PostgresEmailChangeRepository(DbRetry db) : IEmailChangeRepository
{
    /// <inheritdoc />
    public Task InsertAsync(EmailChangeRecord change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
                await using var retire = EmailChangeStatements.Retire(change.UserId, now).ToCommand(connection);
                await retire.ExecuteNonQueryAsync().ConfigureAwait(false);
                await using var insert = EmailChangeStatements.Insert(change).ToCommand(connection);
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
                await transaction.CommitAsync().ConfigureAwait(false);
                return true;
            },
            repeatable: false);
    }

    /// <inheritdoc />
    public Task<EmailChangeRecord?> ConsumeAsync(byte[] tokenHash, DateTimeOffset now) =>
        db.QuerySingleAsync(
            EmailChangeStatements.Consume(tokenHash, now),
            r => new EmailChangeRecord(tokenHash, r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateTimeOffset>(3)),
            repeatable: false);
}
