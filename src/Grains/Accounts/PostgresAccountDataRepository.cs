using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Posts;
using Vrss.Grains.Data;
using Vrss.Grains.Posts;
using Vrss.Grains.Idempotency;

namespace Vrss.Grains.Accounts;

/// <summary><see cref="IAccountDataRepository"/> on PostgreSQL (<see cref="AccountDataStatements"/>).</summary>
public sealed class PostgresAccountDataRepository(DbRetry db, IOptions<IdempotencyOptions> idempotency) : IAccountDataRepository
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListPostIdsAsync(string userId) =>
        await db.QueryAsync(AccountDataStatements.ById(AccountDataStatements.PostIdsSql, userId), r => r.GetString(0)).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CommentRef>> ListCommentsOnOthersAsync(string userId) =>
        await db.QueryAsync(
            AccountDataStatements.ById(AccountDataStatements.CommentsOnOthersSql, userId),
            r => new CommentRef(r.GetString(0), r.GetString(1))).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReactionRef>> ListReactionsAsync(string userId) =>
        await db.QueryAsync(
            AccountDataStatements.ById(AccountDataStatements.ReactionsSql, userId),
            r => new ReactionRef(r.GetString(0), (ReactionType)r.GetInt16(1))).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CommentRecord>> ListCommentsAsync(string userId) =>
        await db.QueryAsync(
            AccountDataStatements.ById(AccountDataStatements.CommentsSql, userId),
            r => new CommentRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4))).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<MentionRef>> ListPostsMentioningAsync(string userId, string username) =>
        await db.QueryAsync(AccountDataStatements.PostsMentioning(userId, username), ReadMention).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<MentionRef>> ListCommentsMentioningAsync(string userId, string username) =>
        await db.QueryAsync(AccountDataStatements.CommentsMentioning(userId, username), ReadMention).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<bool> SetCommentContentAsync(string commentId, string content) =>
        await db.ExecuteAsync(AccountDataStatements.SetCommentContent(commentId, content), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListMediaKeysAsync(string userId) =>
        await db.QueryAsync(AccountDataStatements.ById(AccountDataStatements.MediaKeysSql, userId), r => r.GetString(0)).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListEmailChangeAddressesAsync(string userId) =>
        await db.QueryAsync(AccountDataStatements.ById(AccountDataStatements.EmailChangeAddressesSql, userId), r => r.GetString(0)).ConfigureAwait(false);

    /// <inheritdoc />
    public Task PurgeRowsAsync(PurgeTarget target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        var statements = AccountDataStatements.Purge(target, now - idempotency.Value.Retention);
        return db.ExecuteAsync(
            async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
                foreach (var statement in statements)
                {
                    await using var command = statement.ToCommand(connection);
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
                return true;
            },
            repeatable: true);
    }

    private static MentionRef ReadMention(Npgsql.NpgsqlDataReader reader) => new(reader.GetString(0), reader.GetString(1), reader.GetString(2));
}
