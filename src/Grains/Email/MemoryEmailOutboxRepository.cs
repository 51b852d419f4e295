using Vrss.Grains.Data;

namespace Vrss.Grains.Email;

/// <summary><see cref="IEmailOutboxRepository"/> over a <see cref="MemoryDatabase"/> table.</summary>
public sealed class MemoryEmailOutboxRepository(MemoryDatabase database) : IEmailOutboxRepository
{
    private readonly Rows _rows = database.Table<Rows>();

    /// <inheritdoc />
    public Task AddAsync(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_rows)
        {
            if (!_rows.ById.TryAdd(message.Id, message))
            {
                throw new InvalidOperationException("A message with this id exists.");
            }

            _rows.Order[message.Id] = _rows.Order.Count;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient)
    {
        lock (_rows)
        {
            IReadOnlyList<OutboxMessage> list = _rows.ById.Values
                .Where(m => string.Equals(m.Recipient, recipient, StringComparison.OrdinalIgnoreCase))
                .OrderBy(m => _rows.Order[m.Id])
                .ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListUnsentAsync(int limit)
    {
        lock (_rows)
        {
            IReadOnlyList<OutboxMessage> list = _rows.ById.Values
                .Where(m => m.SentAt is null)
                .OrderBy(m => _rows.Order[m.Id])
                .Take(limit)
                .ToList();
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task<bool> MarkSentAsync(string id, DateTimeOffset sentAt)
    {
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var message) || message.SentAt is not null)
            {
                return Task.FromResult(false);
            }

            _rows.ById[id] = message with { SentAt = sentAt };
            return Task.FromResult(true);
        }
    }

    private sealed class Rows
    {
        public Dictionary<string, OutboxMessage> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Order { get; } = new(StringComparer.Ordinal);
    }
}
