using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.Idempotency;

/// <summary><see cref="IIdempotencyRepository"/> on the <c>idempotency_keys</c> table (statements: <see cref="IdempotencyStatements"/>).</summary>
public sealed class PostgresIdempotencyRepository(DbRetry db) : IIdempotencyRepository
{
    /// <inheritdoc />
    public Task<string?> TryStartAsync(IdempotencyRecord record, DateTimeOffset expiredBefore)
    {
        ArgumentNullException.ThrowIfNull(record);
        return db.QuerySingleAsync(IdempotencyStatements.Start(record, expiredBefore), r => r.GetString(0));
    }

    /// <inheritdoc />
    public Task<string?> TryReclaimAsync(
        string userId, string key, string procedure, string fingerprint, Guid claimId, DateTimeOffset now, DateTimeOffset abandonedBefore, DateTimeOffset expiredBefore) =>
        db.QuerySingleAsync(
            IdempotencyStatements.Reclaim(userId, key, procedure, fingerprint, claimId, now, abandonedBefore, expiredBefore),
            r => r.GetString(0));

    /// <inheritdoc />
    public Task<IdempotencyRecord?> GetAsync(string userId, string key) => db.QuerySingleAsync(IdempotencyStatements.Get(userId, key), Read);

    /// <inheritdoc />
    public async Task<bool> CompleteAsync(string userId, string key, Guid claimId, int status, string answer) =>
        await db.ExecuteAsync(IdempotencyStatements.Complete(userId, key, claimId, status, answer), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(string userId, string key, Guid claimId) =>
        await db.ExecuteAsync(IdempotencyStatements.Release(userId, key, claimId), repeatable: true).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task<int> DeleteCreatedBeforeAsync(DateTimeOffset before) =>
        db.ExecuteAsync(IdempotencyStatements.DeleteExpired(before), repeatable: true);

    private static IdempotencyRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.IsDBNull(6) ? null : reader.GetGuid(6),
        reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetInt16(8),
        reader.IsDBNull(9) ? null : reader.GetString(9));
}
