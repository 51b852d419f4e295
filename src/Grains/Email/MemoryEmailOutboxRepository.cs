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
            if (!_rows.ById.TryAdd(message.Id, message with { Attempts = 0, NextAttemptAt = message.CreatedAt, LastError = null }))
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
    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit)
    {
        lock (_rows)
        {
            var due = _rows.ById.Values
                .Where(m => m.NextAttemptAt is { } at && at <= now)
                .OrderBy(m => m.NextAttemptAt)
                .Take(limit)
                .Select(m => m with { Attempts = m.Attempts + 1, NextAttemptAt = leaseUntil })
                .ToList();
            foreach (var message in due)
            {
                _rows.ById[message.Id] = message;
            }

            return Task.FromResult<IReadOnlyList<OutboxMessage>>(due);
        }
    }

    /// <inheritdoc />
    public Task RecordFailureAsync(string id, DateTimeOffset? nextAttemptAt, string error)
    {
        lock (_rows)
        {
            if (_rows.ById.TryGetValue(id, out var message))
            {
                _rows.ById[id] = message with { NextAttemptAt = nextAttemptAt, LastError = error };
            }
        }

        return Task.CompletedTask;
    }

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
    public Task<int> RetryFailedAsync(IReadOnlyList<string>? ids, DateTimeOffset now)
    {
        var only = ids?.ToHashSet(StringComparer.Ordinal);
        lock (_rows)
        {
            var failed = _rows.ById.Values
                .Where(m => m.NextAttemptAt is null && m.Body.Length > 0 && (only is null || only.Contains(m.Id)))
                .ToList();
            foreach (var message in failed)
            {
                _rows.ById[message.Id] = message with { Attempts = 0, NextAttemptAt = now };
            }

            return Task.FromResult(failed.Count);
        }
    }

    /// <inheritdoc />
    public Task<int> RetireQueuedBeforeAsync(DateTimeOffset cutoff)
    {
        lock (_rows)
        {
            var old = _rows.ById.Values.Where(m => m.CreatedAt < cutoff && (m.Attempts == 0 || m.Body.Length > 0)).ToList();
            foreach (var message in old)
            {
                if (message.Attempts == 0)
                {
                    _rows.ById.Remove(message.Id);
                    _rows.Order.Remove(message.Id);
                }
                else
                {
                    _rows.ById[message.Id] = message with { Body = "", NextAttemptAt = null, LastError = message.LastError ?? "expired before delivery" };
                }
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
