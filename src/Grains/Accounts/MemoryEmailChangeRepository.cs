using Vrss.Grains.Data;

namespace Vrss.Grains.Accounts;

/// <summary><see cref="IEmailChangeRepository"/> over a <see cref="MemoryDatabase"/> table.</summary>
public sealed class MemoryEmailChangeRepository(MemoryDatabase database) : IEmailChangeRepository
{
    private readonly MemoryAccountTables _tables = database.Table<MemoryAccountTables>();

    /// <inheritdoc />
    public Task InsertAsync(EmailChangeRecord change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_tables.Gate)
        {
            foreach (var earlier in _tables.EmailChanges.Where(c => c.Value.UserId == change.UserId).Select(c => c.Key))
            {
                _tables.UsedEmailChanges.Add(earlier);
            }

            _tables.EmailChanges[Convert.ToHexString(change.TokenHash)] = change;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<EmailChangeRecord?> ConsumeAsync(byte[] tokenHash, DateTimeOffset now)
    {
        var key = Convert.ToHexString(tokenHash);
        lock (_tables.Gate)
        {
            if (!_tables.EmailChanges.TryGetValue(key, out var change) || change.ExpiresAt <= now || !_tables.UsedEmailChanges.Add(key))
            {
                return Task.FromResult<EmailChangeRecord?>(null);
            }

            return Task.FromResult<EmailChangeRecord?>(change);
        }
    }
}
