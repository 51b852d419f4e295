using Vrss.GrainInterfaces.Paging;
using Vrss.Grains.Data;

namespace Vrss.Grains.Sessions;

/// <summary><see cref="ISessionRepository"/> over a <see cref="MemoryDatabase"/> table, with the Postgres semantics.</summary>
public sealed class MemorySessionRepository(MemoryDatabase database) : ISessionRepository
{
    private readonly Rows _rows = database.Table<Rows>();

    /// <inheritdoc />
    public Task InsertAsync(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);

        // Stored as the database would: times to the microsecond, so cursors match the Postgres ones.
        var row = session with
        {
            CreatedAt = DbTime.Normalize(session.CreatedAt),
            RenewedAt = DbTime.Normalize(session.RenewedAt),
            ExpiresAt = DbTime.Normalize(session.ExpiresAt),
            LastUsedAt = DbTime.Normalize(session.LastUsedAt),
        };
        lock (_rows)
        {
            if (_rows.ByHash.Values.Any(s => s.SessionId == session.SessionId))
            {
                throw new InvalidOperationException("A session with this session id exists.");
            }

            if (!_rows.ByHash.TryAdd(Convert.ToHexString(session.TokenHash), row))
            {
                throw new InvalidOperationException("A session with this token hash exists.");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SessionRecord?> GetAsync(byte[] tokenHash)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.ByHash.GetValueOrDefault(Convert.ToHexString(tokenHash)));
        }
    }

    /// <inheritdoc />
    public Task<bool> RenewAsync(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt) =>
        Task.FromResult(Update(tokenHash, row => row with
        {
            RenewedAt = DbTime.Normalize(renewedAt),
            ExpiresAt = DbTime.Normalize(expiresAt),
            LastUsedAt = DbTime.Normalize(renewedAt),
        }));

    /// <inheritdoc />
    public Task<bool> TouchAsync(byte[] tokenHash, DateTimeOffset lastUsedAt) =>
        Task.FromResult(Update(tokenHash, row => row with { LastUsedAt = DbTime.Normalize(lastUsedAt) }));

    /// <inheritdoc />
    public Task<bool> DeleteAsync(byte[] tokenHash)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.ByHash.Remove(Convert.ToHexString(tokenHash)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> ListTokenHashesAsync(string userId)
    {
        lock (_rows)
        {
            IReadOnlyList<byte[]> hashes = _rows.ByHash.Values.Where(s => s.UserId == userId).Select(s => s.TokenHash).ToList();
            return Task.FromResult(hashes);
        }
    }

    /// <inheritdoc />
    public Task<Page<SessionRecord>> ListAsync(string userId, DateTimeOffset now, string? cursor, int limit)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Limit(limit, PageLimit.Max);
        var before = TimeCursor.Parse(cursor, TimeCursor.Newest);
        lock (_rows)
        {
            return Task.FromResult(MemoryKeyset.Descending(
                _rows.ByHash.Values.Where(s => s.UserId == userId && s.ExpiresAt > now),
                s => s.CreatedAt,
                s => s.SessionId,
                before,
                limit));
        }
    }

    /// <inheritdoc />
    public Task<byte[]?> FindTokenHashAsync(string userId, string sessionId)
    {
        Guard.Id(userId, nameof(userId));
        Guard.Id(sessionId, nameof(sessionId));
        lock (_rows)
        {
            return Task.FromResult(_rows.ByHash.Values.FirstOrDefault(s => s.UserId == userId && s.SessionId == sessionId)?.TokenHash);
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteExpiredAsync(DateTimeOffset before)
    {
        lock (_rows)
        {
            var expired = _rows.ByHash.Where(kv => kv.Value.ExpiresAt < before).Select(kv => kv.Key).ToList();
            foreach (var key in expired)
            {
                _rows.ByHash.Remove(key);
            }

            return Task.FromResult(expired.Count);
        }
    }

    private bool Update(byte[] tokenHash, Func<SessionRecord, SessionRecord> change)
    {
        var key = Convert.ToHexString(tokenHash);
        lock (_rows)
        {
            if (!_rows.ByHash.TryGetValue(key, out var row))
            {
                return false;
            }

            _rows.ByHash[key] = change(row);
            return true;
        }
    }

    private sealed class Rows
    {
        public Dictionary<string, SessionRecord> ByHash { get; } = new(StringComparer.Ordinal);
    }
}
