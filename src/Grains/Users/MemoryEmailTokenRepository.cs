using Vrss.Grains.Data;

namespace Vrss.Grains.Users;

/// <summary><see cref="IEmailTokenRepository"/> over a <see cref="MemoryDatabase"/> table.</summary>
public sealed class MemoryEmailTokenRepository(MemoryDatabase database) : IEmailTokenRepository
{
    private readonly Rows _rows = database.Table<Rows>();

    /// <inheritdoc />
    public Task InsertAsync(EmailTokenRecord token)
    {
        ArgumentNullException.ThrowIfNull(token);
        lock (_rows)
        {
            if (!_rows.ByHash.TryAdd(Convert.ToHexString(token.TokenHash), new Row(token)))
            {
                throw new InvalidOperationException("A token with this hash exists.");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string?> ConsumeAsync(byte[] tokenHash, EmailTokenPurpose purpose, DateTimeOffset now)
    {
        lock (_rows)
        {
            if (!_rows.ByHash.TryGetValue(Convert.ToHexString(tokenHash), out var row)
                || row.Token.Purpose != purpose || row.UsedAt is not null || row.Token.ExpiresAt <= now)
            {
                return Task.FromResult<string?>(null);
            }

            row.UsedAt = now;
            return Task.FromResult<string?>(row.Token.UserId);
        }
    }

    /// <inheritdoc />
    public Task<int> InvalidateAllAsync(string userId, EmailTokenPurpose purpose, DateTimeOffset now)
    {
        lock (_rows)
        {
            var count = 0;
            foreach (var row in _rows.ByHash.Values.Where(r => r.Token.UserId == userId && r.Token.Purpose == purpose && r.UsedAt is null))
            {
                row.UsedAt = now;
                count++;
            }

            return Task.FromResult(count);
        }
    }

    private sealed class Row(EmailTokenRecord token)
    {
        public EmailTokenRecord Token { get; } = token;

        public DateTimeOffset? UsedAt { get; set; }
    }

    private sealed class Rows
    {
        public Dictionary<string, Row> ByHash { get; } = new(StringComparer.Ordinal);
    }
}
