using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Vrss.Grains.Data;

/// <summary>
/// Runs database work with retries for transient failures. Work that is safe to repeat (reads, and writes
/// whose retry cannot double-apply) is retried with exponential backoff; anything else is retried only when
/// the failure came before the command reached the server (the connection could not be opened). When the
/// database stays unreachable, callers get <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class DbRetry(NpgsqlDataSource dataSource, IOptions<PostgresOptions> options)
{
    /// <summary>Opens a connection and runs <paramref name="work"/> on it.</summary>
    public async Task<T> ExecuteAsync<T>(Func<NpgsqlConnection, Task<T>> work, bool repeatable, CancellationToken cancellationToken = default)
    {
        var delay = options.Value.FirstRetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            var opened = false;
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                opened = true;
                return await work(connection).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransient(exception) && (repeatable || !opened) && attempt < options.Value.MaxRetries)
            {
                DropPooledConnections(exception);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
            catch (Exception exception) when (IsUnavailable(exception))
            {
                DropPooledConnections(exception);
                throw new StorageUnavailableException("The database is unavailable; try again shortly.", exception);
            }
        }
    }

    // After a server restart every idle pooled connection is dead; dropping them makes the next attempt
    // open a fresh one instead of failing once per stale connection.
    private void DropPooledConnections(Exception exception)
    {
        if (exception is not PostgresException)
        {
            dataSource.Clear();
        }
    }

    /// <summary>True for failures that a later attempt may not see: lost connections, restarts, serialization conflicts.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException pg => pg.IsTransient || pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException pg => pg.IsTransient,
        NpgsqlException or SocketException or IOException or TimeoutException => true,
        _ => false,
    };
}
