using System.Collections.Concurrent;
using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>
/// Shares round trips between concurrent single-statement writes: statements queued while a batch is on the wire go
/// together in the next one, as one <see cref="NpgsqlBatch"/> in one implicit transaction, so many requests pay one
/// round trip and one commit. Nothing waits for a batch to fill (a write alone leaves at once, as before); batches
/// form only under load, which is where they help. Each caller's task completes only after its batch committed:
/// no write is acknowledged before it is durable. When PostgreSQL refuses the batch (one statement broke a
/// constraint, which undoes the whole transaction) its statements run again one by one, so each caller gets its own
/// answer and one bad write costs no one else theirs. A batch is not repeated after a lost connection (its outcome
/// is unknown), exactly as a lone write is not; the callers get the failure.
/// </summary>
public sealed class WriteBatcher(DbRetry db)
{
    // Beyond this, a batch's own latency grows faster than the round trips it saves.
    public const int MaxBatch = 64;

    // Two senders: while one batch is on the wire the next one forms and can leave, without taking more of the pool
    // than two connections. They run only while there is work, so an idle batcher holds no task and needs no disposal.
    private const int MaxSenders = 2;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private int _senders;
    private long _batches;
    private long _statements;

    /// <summary>Batches sent so far (a batch of one included).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Statements sent so far.</summary>
    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>Runs <paramref name="statement"/> in the next batch; the rows it affected, once the batch committed.</summary>
    internal Task<int> ExecuteAsync(SqlStatement statement)
    {
        var pending = new Pending(statement, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(pending);
        if (TryTakeSenderSlot())
        {
            _ = Task.Run(SendAsync);
        }

        return pending.Done.Task;
    }

    private bool TryTakeSenderSlot()
    {
        if (Interlocked.Increment(ref _senders) <= MaxSenders)
        {
            return true;
        }

        Interlocked.Decrement(ref _senders);
        return false;
    }

    private async Task SendAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (true)
        {
            while (batch.Count < MaxBatch && _queue.TryDequeue(out var pending))
            {
                batch.Add(pending);
            }

            if (batch.Count > 0)
            {
                await RunAsync(batch).ConfigureAwait(false);
                batch.Clear();
                continue;
            }

            // Leave; but a write queued after the last look and before the slot was given back saw no free slot, so
            // look once more and stay for it if no other sender can take it.
            Interlocked.Decrement(ref _senders);
            if (_queue.IsEmpty || !TryTakeSenderSlot())
            {
                return;
            }
        }
    }

    private async Task RunAsync(List<Pending> batch)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _statements, batch.Count);
        if (batch.Count == 1)
        {
            await RunAloneAsync(batch[0]).ConfigureAwait(false);
            return;
        }

        int[] affected;
        try
        {
            affected = await db.ExecuteAsync(
                async connection =>
                {
                    await using var command = new NpgsqlBatch(connection);
                    foreach (var pending in batch)
                    {
                        command.BatchCommands.Add(pending.Statement.ToBatchCommand());
                    }

                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                    return command.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => checked((int)c.RecordsAffected)).ToArray();
                },
                repeatable: false).ConfigureAwait(false);
        }
        catch (PostgresException)
        {
            // The server refused one of them and rolled all back: nothing of the batch is written, so each may run alone.
            foreach (var pending in batch)
            {
                await RunAloneAsync(pending).ConfigureAwait(false);
            }

            return;
        }
        catch (Exception exception)
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(exception);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(affected[i]);
        }
    }

    private async Task RunAloneAsync(Pending pending)
    {
        try
        {
            pending.Done.TrySetResult(await db.ExecuteAsync(pending.Statement).ConfigureAwait(false));
        }
        catch (Exception exception)
        {
            pending.Done.TrySetException(exception);
        }
    }

    private sealed record Pending(SqlStatement Statement, TaskCompletionSource<int> Done);
}
