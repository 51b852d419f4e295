using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Vrss.Grains.Hosting;

/// <summary>
/// A hosted service that deletes what outlived its use (expired sessions, dead emails, idle rate-limit windows)
/// on a timer. Runs on every silo: each sweep is an idempotent delete, so silos racing each other only repeat work.
/// </summary>
public abstract partial class PeriodicSweeper(TimeProvider time, ILogger logger) : IHostedService, IDisposable
{
    private ITimer? _timer;

    /// <summary>What is swept, for the log ("long-expired sessions").</summary>
    protected abstract string What { get; }

    /// <summary>How often to sweep.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>The clock sweeps are timed and cut off by.</summary>
    protected TimeProvider Time => time;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = time.CreateTimer(static s => _ = ((PeriodicSweeper)s!).SweepAsync(), this, Interval, Interval);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Sweeps once and answers how many rows went; a failure is logged and retried at the next interval.</summary>
    public async Task<int> SweepAsync()
    {
        try
        {
            var count = await SweepOnceAsync().ConfigureAwait(false);
            if (count > 0)
            {
                LogSwept(logger, count, What);
            }

            return count;
        }
        catch (Exception exception)
        {
            LogFailed(logger, What, exception);
            return 0;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes one round's worth; answers the number of rows deleted.</summary>
    protected abstract Task<int> SweepOnceAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept {Count} {What}")]
    private static partial void LogSwept(ILogger logger, int count, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping {What} failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, string what, Exception exception);
}
