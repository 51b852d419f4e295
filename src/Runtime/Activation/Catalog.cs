using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Messaging;
using Vrss.Runtime.Storage;

namespace Vrss.Runtime.Activation;

/// <summary>The activations living on this silo, and what they share.</summary>
internal sealed class Catalog
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private readonly GrainTypeRegistry _registry;
    private readonly Lazy<Dispatcher> _dispatcher;
    private readonly Lazy<IGrainFactory> _grainFactory;
    private readonly CancellationTokenSource _shutdown = new();

    public Catalog(
        IServiceProvider services,
        GrainTypeRegistry registry,
        PersistentStateFactory stateFactory,
        TimeProvider time,
        IOptions<GrainRuntimeOptions> options,
        ILogger<Catalog> logger)
    {
        Services = services;
        _registry = registry;
        StateFactory = stateFactory;
        Time = time;
        Options = options.Value;
        Logger = logger;
        _dispatcher = new Lazy<Dispatcher>(services.GetRequiredService<Dispatcher>);
        _grainFactory = new Lazy<IGrainFactory>(services.GetRequiredService<IGrainFactory>);
    }

    public IGrainFactory GrainFactory => _grainFactory.Value;

    public IServiceProvider Services { get; }

    public PersistentStateFactory StateFactory { get; }

    public TimeProvider Time { get; }

    public GrainRuntimeOptions Options { get; }

    public ILogger Logger { get; }

    public CancellationToken ShutdownToken => _shutdown.Token;

    public int Count => _activations.Count;

    public IEnumerable<GrainActivation> Activations => _activations.Values;

    public GrainActivation GetOrCreate(GrainId grainId)
    {
        if (_activations.TryGetValue(grainId, out var existing))
        {
            return existing;
        }

        var created = new GrainActivation(grainId, _registry.GetClass(grainId.Type), this);
        var winner = _activations.GetOrAdd(grainId, created);
        if (ReferenceEquals(winner, created))
        {
            created.Start();
        }

        return winner;
    }

    public bool TryGet(GrainId grainId, out GrainActivation activation) => _activations.TryGetValue(grainId, out activation!);

    public void Remove(GrainActivation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, GrainActivation>(activation.GrainId, activation));

    /// <summary>Routes a request again, after the activation it waited for went away.</summary>
    public void Redispatch(Message message)
    {
        if (message.Method is null)
        {
            return;
        }

        _dispatcher.Value.Route(message);
    }

    /// <summary>Deactivates every activation that matches, running <c>OnDeactivateAsync</c>, and waits for them.</summary>
    public Task DeactivateAsync(Func<GrainActivation, bool> which, DeactivationReason reason) =>
        Task.WhenAll(_activations.Values.Where(which).Select(a => a.DeactivateAsync(reason)).ToList());

    /// <summary>Deactivates activations idle longer than their collection age.</summary>
    public Task CollectIdleAsync()
    {
        var now = Time.GetTimestamp();
        var defaultAge = ToTicks(Options.CollectionAge);
        return DeactivateAsync(
            a => a.IsIdle(now, a.GrainClass.CollectionAge is { } age ? ToTicks(age) : defaultAge),
            DeactivationReason.ActivationIdle);
    }

    /// <summary>Signals grain code that the silo is stopping.</summary>
    public void SignalShutdown() => _shutdown.Cancel();

    private long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * Time.TimestampFrequency);
}
