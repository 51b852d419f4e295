using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.WebFront.Http;

namespace Vrss.WebFront.Health;

/// <summary>
/// On shutdown, answers <c>/health/ready</c> with 503 and keeps taking requests for
/// <see cref="WebFrontOptions.DrainDelay"/> before the web server stops listening. A load balancer only learns that a
/// silo is leaving from its probes; a listener closed before the next probe resets connections the balancer has just
/// opened, and those requests fail (the rolling-upgrade drill saw it). Kubernetes gets the same from the pod's
/// <c>preStop</c> hook, so its manifests leave this at zero.
/// </summary>
public sealed partial class HttpDrain(IOptions<WebFrontOptions> options, TimeProvider time, ILogger<HttpDrain> logger) : IHostedLifecycleService
{
    private volatile bool _draining;

    /// <summary>Whether the host has begun to stop (readiness is then false whatever the checks say).</summary>
    public bool Draining => _draining;

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _draining = true;
        var delay = options.Value.DrainDelay;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        LogDraining(logger, delay.TotalSeconds);

        // Runs before any hosted service stops (the web server and the silo included), and counts against the host's
        // shutdown timeout (Vrss:Silo:ShutdownTimeout), which cuts it short: keep it well below that.
        try
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out: stop now.
        }
    }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: not ready, still serving for {Seconds} s so load balancers move away first")]
    private static partial void LogDraining(ILogger logger, double seconds);
}
