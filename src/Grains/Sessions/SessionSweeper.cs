using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Grains.Users;

namespace Vrss.Grains.Sessions;

/// <summary>
/// Deletes sessions that expired longer ago than <see cref="AccountOptions.ExpiredSessionRetention"/>, so the
/// table does not grow without end. Runs on every silo; the delete is idempotent.
/// </summary>
public sealed partial class SessionSweeper(
    ISessionRepository sessions,
    TimeProvider time,
    IOptions<AccountOptions> options,
    ILogger<SessionSweeper> logger) : IHostedService, IDisposable
{
    private ITimer? _timer;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.SessionSweepInterval;
        _timer = time.CreateTimer(static s => _ = ((SessionSweeper)s!).SweepAsync(), this, interval, interval);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Sweeps once; failures are logged and retried at the next interval.</summary>
    public async Task<int> SweepAsync()
    {
        try
        {
            var count = await sessions.DeleteExpiredAsync(time.GetUtcNow() - options.Value.ExpiredSessionRetention).ConfigureAwait(false);
            if (count > 0)
            {
                LogSwept(logger, count);
            }

            return count;
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception);
            return 0;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept {Count} long-expired sessions")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping expired sessions failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
