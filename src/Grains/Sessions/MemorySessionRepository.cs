using Vrss.Grains.Data;

namespace Vrss.Grains.Sessions;

/// <summary><see cref="ISessionRepository"/> over a <see cref="MemoryDatabase"/> table.</summary>
public sealed class MemorySessionRepository(MemoryDatabase database) : ISessionRepository
{
    private readonly Rows _rows = database.Table<Rows>();

    /// <inheritdoc />
    public Task InsertAsync(SessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_rows)
        {
            if (!_rows.ByHash.TryAdd(Convert.ToHexString(session.TokenHash), session))
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
    public Task<bool> RenewAsync(byte[] tokenHash, DateTimeOffset renewedAt, DateTimeOffset expiresAt)
    {
        var key = Convert.ToHexString(tokenHash);
        lock (_rows)
        {
            if (!_rows.ByHash.TryGetValue(key, out var row))
            {
                return Task.FromResult(false);
            }

            _rows.ByHash[key] = row with { RenewedAt = renewedAt, ExpiresAt = expiresAt };
            return Task.FromResult(true);
        }
    }

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

    private sealed class Rows
    {
        public Dictionary<string, SessionRecord> ByHash { get; } = new(StringComparer.Ordinal);
    }
}
