using Npgsql;
using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Sessions;

/// <summary><see cref="ISessionRepository"/> on the <c>sessions</c> table (statements: <see cref="SessionStatements"/>).</summary>
public sealed class PostgresSessionRepository(DbRetry db) : ISessionRepository
{
    /// <inheritdoc />
    public Task InsertAsync(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return db.ExecuteAsync(SessionStatements.Insert(session), repeatable: false);
    }

    /// <inheritdoc />
    public Task<SessionRecord?> GetAsync(byte[] tokenHash) => db.QuerySingleAsync(SessionStatements.Get(tokenHash), Read);

    /// <inheritdoc />
    public async Task<bool> RenewAsync(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt) =>
        await db.ExecuteAsync(SessionStatements.Renew(tokenHash, renewedAt, expiresAt), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<bool> TouchAsync(byte[] tokenHash, DateTimeOffset lastUsedAt) =>
        await db.ExecuteAsync(SessionStatements.Touch(tokenHash, lastUsedAt), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(byte[] tokenHash) =>
        await db.ExecuteAsync(SessionStatements.Delete(tokenHash), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]>> ListTokenHashesAsync(string userId) =>
        await db.QueryAsync(SessionStatements.TokenHashes(userId), r => r.GetFieldValue<byte[]>(0)).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<Page<SessionRecord>> ListAsync(string userId, DateTimeOffset now, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        var rows = await db.QueryAsync(SessionStatements.List(userId, now, before, limit), Read).ConfigureAwait(false);
        return Pages.From(rows, limit, s => new TimeCursor(s.CreatedAt, s.SessionId).Encode());
    }

    /// <inheritdoc />
    public Task<byte[]?> FindTokenHashAsync(string userId, string sessionId)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Id(sessionId, nameof(sessionId));
        return db.QuerySingleAsync(SessionStatements.FindTokenHash(userId, sessionId), r => r.GetFieldValue<byte[]>(0));
    }

    /// <inheritdoc />
    public Task<int> DeleteExpiredAsync(DateTimeOffset before) => db.ExecuteAsync(SessionStatements.DeleteExpired(before), repeatable: true);

    private static SessionRecord Read(NpgsqlDataReader reader) => new(
        reader.GetFieldValue<byte[]>(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetFieldValue<DateTimeOffset>(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8));
}
