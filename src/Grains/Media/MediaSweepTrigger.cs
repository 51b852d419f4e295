using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.GrainInterfaces.Media;
using Vrss.Grains.Media.Storage;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;

namespace Vrss.Grains.Media;

/// <summary>
/// Nudges the cluster's media sweeper every <see cref="MediaOptions.ExpirySweepPeriod"/> while the silo runs
/// (on the silo's clock, so tests can move time). Every silo nudges the same single activation.
/// </summary>
internal sealed partial class MediaSweepTrigger(
    IGrainFactory grains,
    TimeProvider time,
    IOptions<MediaOptions> options,
    ILogger<MediaSweepTrigger> logger) : ISiloLifecycleParticipant, IDisposable
{
    private ITimer? _timer;

    public void Participate(SiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(
            SiloStage.Active,
            "media-sweep",
            _ =>
            {
                var period = options.Value.ExpirySweepPeriod;
                _timer = time.CreateTimer(_ => _ = SweepAsync(), null, period, period);
                return Task.CompletedTask;
            },
            _ =>
            {
                Dispose();
                return Task.CompletedTask;
            });
    }

    public void Dispose() => _timer?.Dispose();

    /// <summary>Runs one sweep now (also used by the timer).</summary>
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The media expiry sweep failed; it runs again next period")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
