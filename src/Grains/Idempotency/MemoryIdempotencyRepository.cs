using Vrss.Grains.Data;

namespace Vrss.Grains.Idempotency;

/// <summary><see cref="IIdempotencyRepository"/> over a <see cref="MemoryDatabase"/> table, with the Postgres semantics.</summary>
public sealed class MemoryIdempotencyRepository(MemoryDatabase database) : IIdempotencyRepository
{
    private readonly Rows _rows = database.Table<Rows>();

    /// <inheritdoc />
    public Task<string?> TryStartAsync(IdempotencyRecord record, DateTimeOffset expiredBefore)
    {
        ArgumentNullException.ThrowIfNull(record);
        var row = record with { CreatedAt = DbTime.Normalize(record.CreatedAt), ClaimedAt = DbTime.Normalize(record.ClaimedAt) };
        lock (_rows)
        {
            if (_rows.ByKey.TryGetValue((record.UserId, record.Key), out var existing)
                && existing.CreatedAt > DbTime.Normalize(expiredBefore)
                && existing.ClaimId != record.ClaimId)
            {
                return Task.FromResult<string?>(null);
            }

            _rows.ByKey[(record.UserId, record.Key)] = row;
            return Task.FromResult<string?>(row.Seed);
        }
    }

    /// <inheritdoc />
    public Task<string?> TryReclaimAsync(
        string userId, string key, string procedure, string fingerprint, Guid claimId, DateTimeOffset now, DateTimeOffset abandonedBefore, DateTimeOffset expiredBefore)
    {
        lock (_rows)
        {
            if (!_rows.ByKey.TryGetValue((userId, key), out var row)
                || row.Status is not null
                || row.Procedure != procedure
                || row.Fingerprint != fingerprint
                || row.CreatedAt <= DbTime.Normalize(expiredBefore)
                || !(row.ClaimId is null || row.ClaimId == claimId || row.ClaimedAt <= DbTime.Normalize(abandonedBefore)))
            {
                return Task.FromResult<string?>(null);
            }

            _rows.ByKey[(userId, key)] = row with { ClaimId = claimId, ClaimedAt = DbTime.Normalize(now) };
            return Task.FromResult<string?>(row.Seed);
        }
    }

    /// <inheritdoc />
    public Task<IdempotencyRecord?> GetAsync(string userId, string key)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.ByKey.GetValueOrDefault((userId, key)));
        }
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string userId, string key, Guid claimId, int status, string answer) =>
        Task.FromResult(Update(userId, key, claimId, row => row with { ClaimId = null, Status = status, Answer = answer }));

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(string userId, string key, Guid claimId) =>
        Task.FromResult(Update(userId, key, claimId, row => row with { ClaimId = null }));

    /// <inheritdoc />
    public Task<int> DeleteCreatedBeforeAsync(DateTimeOffset before)
    {
        lock (_rows)
        {
            var expired = _rows.ByKey.Where(kv => kv.Value.CreatedAt <= DbTime.Normalize(before)).Select(kv => kv.Key).ToList();
            foreach (var key in expired)
            {
                _rows.ByKey.Remove(key);
            }

            return Task.FromResult(expired.Count);
        }
    }

    private bool Update(string userId, string key, Guid claimId, Func<IdempotencyRecord, IdempotencyRecord> change)
    {
        lock (_rows)
        {
            if (!_rows.ByKey.TryGetValue((userId, key), out var row) || row.Status is not null || row.ClaimId != claimId)
            {
                return false;
            }

            _rows.ByKey[(userId, key)] = change(row);
            return true;
        }
    }

    private sealed class Rows
    {
        public Dictionary<(string UserId, string Key), IdempotencyRecord> ByKey { get; } = [];
    }
}
