using Microsoft.Extensions.Logging;
using Vrss.GrainInterfaces.Media;

namespace Vrss.Grains.Media;

/// <summary>
/// Makes sure the cluster's media sweeper has its reminder once the silo is active; the reminder (durable, so it
/// survives every silo's restart) then wakes the single sweeper activation every sweep period.
/// </summary>
internal sealed partial class MediaSweepTrigger(
    IGrainFactory grains,
    ILogger<MediaSweepTrigger> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(MediaSweepTrigger), ServiceLifecycleStage.Active, ScheduleAsync);
    }

    // Every silo makes sure the reminder exists: registering is idempotent, and a cluster whose reminder row was
    // lost (a restored backup) gets it back at the next silo start.
    private async Task ScheduleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IMediaSweeperGrain>("media").ScheduleAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogScheduleFailed(logger, exception);
        }
    }

    /// <summary>Sweeps once now (the reminder does this every period).</summary>
    public async Task SweepAsync()
    {
        try
        {
            var settled = await grains.GetGrain<IMediaSweeperGrain>("media").SweepAsync().ConfigureAwait(false);
            if (settled > 0)
            {
                LogSwept(logger, settled);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogSweepFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settled {Count} expired uploads")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The media expiry reminder could not be registered; the next silo start tries again")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The media expiry sweep failed; it runs again next period")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
