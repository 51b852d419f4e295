using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Activation;
using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Placement;
using Vrss.Runtime.Streams;

namespace Vrss.Runtime.Hosting;

/// <summary>Starts and stops the silo with its host.</summary>
internal sealed partial class SiloHostedService : IHostedService
{
    private readonly SiloLifecycle _lifecycle;
    private readonly ILogger<SiloHostedService> _logger;
    private readonly SiloOptions _options;

    public SiloHostedService(
        SiloLifecycle lifecycle,
        Catalog catalog,
        ActivationCollector collector,
        GrainTypeRegistry registry,
        IEnumerable<ISiloLifecycleParticipant> participants,
        PlacementService placement,
        StreamHub streams,
        IOptions<SiloOptions> options,
        ILogger<SiloHostedService> logger)
    {
        _lifecycle = lifecycle;
        _logger = logger;
        _options = options.Value;
        foreach (var participant in participants)
        {
            participant.Participate(lifecycle);
        }

        // A new view moves some grains elsewhere: drop the activations this silo no longer owns (they run
        // OnDeactivateAsync and persist), and re-register stream subscriptions whose rendezvous may have moved.
        placement.ViewChanged += view =>
        {
            if (lifecycle.IsStopped)
            {
                return;
            }

            _ = catalog.DeactivateAsync(a => !placement.IsLocal(a.GrainId), DeactivationReason.PlacementChanged);
            streams.RefreshRegistrations();
        };
        lifecycle.OnCrash(() =>
        {
            collector.Dispose();
            catalog.SignalShutdown();
            foreach (var activation in catalog.Activations.ToList())
            {
                activation.Abandon();
            }
        });
        lifecycle.Subscribe(
            SiloStage.Grains,
            "grains",
            _ =>
            {
                LogGrainTypes(logger, registry.Classes.Count());
                collector.Start();
                return Task.CompletedTask;
            },
            async cancellationToken =>
            {
                collector.Dispose();
                catalog.SignalShutdown();
                var count = catalog.Count;
                await catalog.DeactivateAsync(_ => true, DeactivationReason.ShuttingDown).WaitAsync(cancellationToken).ConfigureAwait(false);
                LogDeactivated(logger, count);
            });
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.StartAsync(cancellationToken).ConfigureAwait(false);
        LogStarted(_logger, _options.Name);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        LogStopping(_logger, _options.Name);
        await _lifecycle.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Name} started")]
    private static partial void LogStarted(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Name} stopping")]
    private static partial void LogStopping(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} grain classes registered")]
    private static partial void LogGrainTypes(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deactivated {Count} activations")]
    private static partial void LogDeactivated(ILogger logger, int count);
}
