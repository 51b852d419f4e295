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

            _rows.Order[message.Id] = _rows.NextSeq++;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListForRecipientAsync(string recipient) =>
        Task.FromResult(List(m => string.Equals(m.Recipient, recipient, StringComparison.OrdinalIgnoreCase), int.MaxValue));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxMessage>> ListPendingAsync(int limit) => Task.FromResult(List(_ => true, limit));

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string id)
    {
        lock (_rows)
        {
            _rows.Order.Remove(id);
            return Task.FromResult(_rows.ById.Remove(id));
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteQueuedBeforeAsync(DateTimeOffset cutoff)
    {
        lock (_rows)
        {
            var old = _rows.ById.Values.Where(m => m.CreatedAt < cutoff).Select(m => m.Id).ToList();
            foreach (var id in old)
            {
                _rows.ById.Remove(id);
                _rows.Order.Remove(id);
            }

            return Task.FromResult(old.Count);
        }
    }

    private IReadOnlyList<OutboxMessage> List(Func<OutboxMessage, bool> filter, int limit)
    {
        lock (_rows)
        {
            return _rows.ById.Values.Where(filter).OrderBy(m => _rows.Order[m.Id]).Take(limit).ToList();
        }
    }

    private sealed class Rows
    {
        public Dictionary<string, OutboxMessage> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> Order { get; } = new(StringComparer.Ordinal);

        public long NextSeq { get; set; }
    }
}
